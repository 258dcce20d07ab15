package org.herodotus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;

/**
 * A rule file: named sections of entries, one entry a line, read through {@link LexiconFile} as
 * every data file is. The format, shared by every file under {@code org/herodotus/extract/}:
 *
 * <pre>
 * # a comment: '#' followed by a space (or alone) on a line of its own
 * [section-name]
 * first entry
 * second entry
 * </pre>
 *
 * Section names are lower-case words joined by hyphens; any other bracketed line, such as the
 * CSS selector {@code [itemprop=articleBody]}, is an entry (write an attribute-presence
 * selector as {@code *[hidden]}). Entries keep their inner spacing but lose leading and
 * trailing blanks; blank lines are skipped. A '#' directly followed by a non-blank character is not a comment, so CSS id
 * selectors such as {@code #article-body} are ordinary entries.
 *
 * @param name     where the rules came from, for messages
 * @param sections entries by section, in file order
 */
record RuleFile(String name, Map<String, List<String>> sections) {

    /** A section header: lower-case words joined by hyphens in brackets, so "[itemprop=x]" is an entry. */
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("\\[[a-z][a-z0-9]*(-[a-z0-9]+)*\\]");

    RuleFile {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    /** Loads a rule file from the class path, next to this class. */
    static RuleFile resource(String fileName) {
        return parse(LexiconFile.resource(RuleFile.class, fileName));
    }

    /** Parses rules from a stream (UTF-8). */
    static RuleFile parse(String name, InputStream in) throws IOException {
        return parse(LexiconFile.read(name, in));
    }

    private static RuleFile parse(LexiconFile file) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String current = null;
        for (LexiconLine line : file.lines()) {
            String s = line.text().strip();
            if (s.isEmpty() || isComment(s)) {
                continue;
            }
            if (SECTION.matcher(s).matches()) {
                current = s.substring(1, s.length() - 1).strip();
                sections.computeIfAbsent(current, k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw line.error("entry before any [section]");
            }
            sections.get(current).add(s);
        }
        return new RuleFile(file.name(), sections);
    }

    private static boolean isComment(String s) {
        return s.charAt(0) == '#' && (s.length() == 1 || Character.isWhitespace(s.charAt(1)));
    }

    /** The entries of {@code section}; fails loudly when the section is missing. */
    List<String> section(String section) {
        List<String> entries = sections.get(section);
        if (entries == null) {
            throw new IllegalStateException(name + ": missing section [" + section + "]");
        }
        return entries;
    }

    /** The entries of {@code section}, or an empty list. */
    List<String> optional(String section) {
        return sections.getOrDefault(section, List.of());
    }
}
