/**
 * Reading the data files the stages load: lexicons, word lists, rule files, trained weights.
 * {@link org.herodotus.lexicon.LexiconFile} is the one reader every such file goes through, so
 * that comments, blank lines, TAB-separated columns and error messages mean the same in all of
 * them; each error names the file and line ({@code /org/herodotus/claims/cues.tsv:12: expected 4 TAB-separated
 * columns, got 3}). What the columns mean is the business of the class that loads the file;
 * {@link org.herodotus.lexicon.WordClasses} reads the one format shared by several packages, the
 * named closed word classes of their {@code words.txt}.
 */
package org.herodotus.lexicon;
