package org.herodotus.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a bound on their length that is enforced while reading: a line longer than the
 * bound is skipped to its end without being held in memory, and reported as too long.
 * ({@link java.io.BufferedReader#readLine} reads a line whole before anyone can look at its
 * length: one 3 GB line in a JSON Lines file exhausts the heap.) A byte order mark at the start
 * of the input is dropped. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 *
 * <p>Not part of the library API; used by {@code herodotus ingest}, for JSON Lines.
 */
public final class LineReader {

    /**
     * One line.
     *
     * @param number  its number, from 1
     * @param text    its text without the line end; null when it was too long
     * @param tooLong whether it was longer than the bound (and skipped)
     */
    public record Line(int number, String text, boolean tooLong) {
    }

    private final Reader in;
    private final long maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private int number;
    private boolean first = true;
    private boolean skipLf;

    /** Reads from {@code in}; lines longer than {@code maxChars} characters are skipped. */
    public LineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(line, length);
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            if (first) {
                first = false;
                if (buf[pos] == '\uFEFF') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            int n = pos - start;
            length += n;
            if (length <= maxChars) {
                line.append(buf, start, n);
            } else if (line.length() > 0) {
                line.setLength(0);
                line.trimToSize();
            }
            if (pos < len) {
                skipLf = buf[pos] == '\r';
                pos++;
                return finish(line, length);
            }
        }
    }

    private Line finish(StringBuilder line, long length) {
        number++;
        return length > maxChars ? new Line(number, null, true) : new Line(number, line.toString(), false);
    }
}
