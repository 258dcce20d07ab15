package org.herodotus.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named closed classes of words (pronouns, honorifics, prepositions, quote marks, …) read from a
 * word-class file: the format every package's {@code words.txt} is written in.
 *
 * <pre>
 * # what the class is for and which rule reads it
 * class-name  word word word
 * class-name  more words of the same class
 * </pre>
 *
 * One class per line: its name (lower-case letters, digits and '-', starting with a letter), then
 * its words, all separated by spaces or TABs. A class may go on over several lines, each starting
 * with its name. A word is any run of characters other than white space, compared exactly as
 * written (the rules that read a class decide whether they lower-case the text first). Lines
 * whose first character is '#' are comments, and so is the rest of a line from a '#' that follows
 * white space; blank lines are skipped. A malformed line, a word listed twice in one class, or,
 * where the reader names the classes it knows, a class it does not know, stops loading with an
 * error naming the file and line; asking for a class the file does not define is an error naming
 * the file. Immutable, so one instance serves all threads.
 */
public final class WordClasses {

    private static final Pattern CLASS_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern BLANKS = Pattern.compile("[ \t]+");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("[ \t]+#.*$");

    private final String file;
    private final Map<String, Set<String>> classes;

    private WordClasses(String file, Map<String, Set<String>> classes) {
        this.file = file;
        this.classes = Collections.unmodifiableMap(classes);
    }

    /**
     * Reads a bundled word-class file, {@code path} resolved as {@link LexiconFile#resource}
     * resolves it against {@code anchor}.
     *
     * @throws IllegalStateException    when the file is not on the class path (a broken build)
     * @throws IllegalArgumentException naming file and line when a line is malformed
     */
    public static WordClasses load(Class<?> anchor, String path) {
        return parse(LexiconFile.resource(anchor, path));
    }

    /**
     * Reads the classes of {@code file}.
     *
     * @throws IllegalArgumentException naming file and line when a line is malformed
     */
    public static WordClasses parse(LexiconFile file) {
        return parse(file, null);
    }

    /**
     * Reads the classes of {@code file}, which may use only the classes in {@code known} (the
     * classes a reader has rules for): a misspelt class name is an error at its line rather than
     * words no rule ever reads.
     *
     * @throws IllegalArgumentException naming file and line when a line is malformed or its class
     *                                  is not one of {@code known}
     */
    public static WordClasses parse(LexiconFile file, Set<String> known) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (LexiconLine line : file.entries()) {
            String text = TRAILING_COMMENT.matcher(line.text()).replaceFirst("");
            if (text.isBlank()) {
                continue;
            }
            String[] f = BLANKS.split(text);
            if (!CLASS_NAME.matcher(f[0]).matches()) {
                throw line.error("expected a class name (lower-case letters, digits and '-') and its words, got '"
                        + line.text() + "'");
            }
            if (known != null && !known.contains(f[0])) {
                throw line.error("unknown class " + f[0] + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
            if (f.length < 2) {
                throw line.error("class '" + f[0] + "' has no words on this line");
            }
            List<String> list = words.computeIfAbsent(f[0], k -> new ArrayList<>());
            for (int i = 1; i < f.length; i++) {
                if (list.contains(f[i])) {
                    throw line.error("'" + f[i] + "' is listed twice in class '" + f[0] + "'");
                }
                list.add(f[i]);
            }
        }
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        // Set.copyOf: the same immutable, null-rejecting sets the rules held as Set.of constants.
        words.forEach((name, list) -> classes.put(name, Set.copyOf(list)));
        return new WordClasses(file.name(), classes);
    }

    /**
     * The words of class {@code name}, immutable.
     *
     * @throws IllegalArgumentException naming the file when it defines no such class (a rule asking
     *                                  for a class that was renamed or never written)
     */
    public Set<String> get(String name) {
        Set<String> words = classes.get(name);
        if (words == null) {
            throw new IllegalArgumentException(file + ": no word class '" + name + "' (defined: "
                    + String.join(", ", classes.keySet()) + ")");
        }
        return words;
    }

    /** The names of the classes the file defines, in file order. */
    public Set<String> names() {
        return classes.keySet();
    }

    /** The file's name as errors show it. */
    public String file() {
        return file;
    }
}
