package org.herodotus.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file read whole, each line numbered: the one reader of every lexicon, word list, rule
 * file and weight file the stages load, bundled or given by a user. UTF-8. The shared format:
 *
 * <pre>
 * # a comment: a line whose first character is '#'
 * a line of one entry, its columns separated by TABs
 * </pre>
 *
 * Blank lines are skipped. {@link #entries()} gives the lines that are neither blank nor
 * comments; {@link #lines()} gives every line, for formats that decide comments themselves (the
 * extraction rule files, where {@code #article-body} is a CSS selector, and the CAMEO
 * dictionaries). Errors name the file and line ({@link LexiconLine#error}). Files too large to
 * hold as lines are read with a {@link LexiconReader}, as this class reads them.
 */
public final class LexiconFile {

    private final String name;
    private final List<LexiconLine> lines;

    private LexiconFile(String name, List<LexiconLine> lines) {
        this.name = name;
        this.lines = List.copyOf(lines);
    }

    /**
     * Reads a bundled file from the class path, {@code path} resolved as {@link
     * Class#getResourceAsStream} resolves it against {@code anchor} (relative to its package, or
     * absolute with a leading '/'). Errors name it by {@code path}.
     *
     * @throws IllegalStateException when the file is not on the class path (a broken build)
     */
    public static LexiconFile resource(Class<?> anchor, String path) {
        InputStream in = anchor.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("data file " + path + " is missing from the class path");
        }
        return resource(path, in);
    }

    /**
     * Reads a bundled file from the class path, or empty when it is not there (an optional
     * resource, such as trained weights that may not be shipped).
     */
    public static java.util.Optional<LexiconFile> optionalResource(Class<?> anchor, String path) {
        InputStream in = anchor.getResourceAsStream(path);
        return in == null ? java.util.Optional.empty() : java.util.Optional.of(resource(path, in));
    }

    private static LexiconFile resource(String path, InputStream in) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(path, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }

    /**
     * Reads a user's file; errors name it by its path.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static LexiconFile of(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    /** Reads a file from a stream (UTF-8), naming it {@code name} in errors; does not close the stream. */
    public static LexiconFile read(String name, InputStream in) throws IOException {
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads a file from {@code in}, naming it {@code name} in errors; does not close it. */
    public static LexiconFile read(String name, Reader in) throws IOException {
        LexiconReader reader = new LexiconReader(name, in);
        List<LexiconLine> lines = new ArrayList<>();
        LexiconLine line;
        while ((line = reader.next()) != null) {
            lines.add(line);
        }
        return new LexiconFile(name, lines);
    }

    /** The file's name as errors show it. */
    public String name() {
        return name;
    }

    /** Every line, comments and blank lines included, in file order. */
    public List<LexiconLine> lines() {
        return lines;
    }

    /** The lines that are neither blank nor comments (first character '#'), in file order. */
    public List<LexiconLine> entries() {
        List<LexiconLine> out = new ArrayList<>();
        for (LexiconLine l : lines) {
            if (isEntry(l.text())) {
                out.add(l);
            }
        }
        return out;
    }

    /** Whether a line is an entry: neither blank nor a comment. */
    static boolean isEntry(String line) {
        return !line.isBlank() && !line.startsWith("#");
    }
}
