package org.herodotus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a data file line by line, numbering the lines: what {@link LexiconFile} reads whole files
 * with, and what large weight files are read with directly, so that they need not be held in
 * memory as lines before they are parsed (the attribution tagger's weights are 13 MB of text).
 * Does not close the reader it reads from.
 */
public final class LexiconReader {

    private final String name;
    private final BufferedReader in;
    private int number;

    /** Reads {@code in}, naming it {@code name} in errors. */
    public LexiconReader(String name, Reader in) {
        this.name = name;
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    }

    /** The file's name as errors show it. */
    public String name() {
        return name;
    }

    /** The next line, comments and blank lines included, or null at the end of the file. */
    public LexiconLine next() throws IOException {
        String line = in.readLine();
        return line == null ? null : new LexiconLine(name, ++number, line);
    }

    /**
     * The next line that is neither blank nor a comment (first character '#'), or null at the end
     * of the file.
     */
    public LexiconLine nextEntry() throws IOException {
        LexiconLine line;
        while ((line = next()) != null) {
            if (LexiconFile.isEntry(line.text())) {
                return line;
            }
        }
        return null;
    }
}
