package org.herodotus.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line reading with the length bound enforced while reading. */
class LineReaderTest {

    private static List<LineReader.Line> lines(Reader in, long max) throws IOException {
        LineReader r = new LineReader(in, max);
        List<LineReader.Line> out = new ArrayList<>();
        for (LineReader.Line l = r.next(); l != null; l = r.next()) {
            out.add(l);
        }
        return out;
    }

    @Test
    void splitsAtEveryKindOfLineEndAndDropsAByteOrderMark() throws IOException {
        assertThat(lines(new StringReader("\uFEFFfirst\nsecond\r\nthird\rfourth"), 100))
                .extracting(LineReader.Line::text).containsExactly("first", "second", "third", "fourth");
        assertThat(lines(new StringReader("a\n\nb\n"), 100)).extracting(LineReader.Line::text).containsExactly("a", "", "b");
        assertThat(lines(new StringReader(""), 100)).isEmpty();
    }

    @Test
    void skipsALineOverTheBoundAndNumbersTheRest() throws IOException {
        List<LineReader.Line> out = lines(new StringReader("short\n" + "y".repeat(50) + "\nafter\n"), 10);
        assertThat(out).extracting(LineReader.Line::number).containsExactly(1, 2, 3);
        assertThat(out.get(1).tooLong()).isTrue();
        assertThat(out.get(1).text()).isNull();
        assertThat(out.get(2).text()).isEqualTo("after");
    }

    @Test
    void neverHoldsMoreThanTheBoundOfAnEndlessLine() throws Exception {
        // 1 GB of one line read in a JVM of 64 MB: holding the line would end it with an
        // OutOfMemoryError. A child JVM, because this one's heap holds whatever other tests loaded.
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                EndlessLine.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("1 line, too long");
    }

    /** Reads 1 GB of 'z' with no line end through a reader bounded at 1 MB. */
    static final class EndlessLine {
        public static void main(String[] args) throws IOException {
            Reader endless = new Reader() {
                long left = 1L << 30;

                @Override
                public int read(char[] cbuf, int off, int len) {
                    if (left == 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(cbuf, off, off + n, 'z');
                    left -= n;
                    return n;
                }

                @Override
                public void close() {
                }
            };
            List<LineReader.Line> out = lines(endless, 1 << 20);
            System.out.println(out.size() + " line" + (out.size() == 1 && out.get(0).tooLong() ? ", too long" : ""));
        }
    }
}
