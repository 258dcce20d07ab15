package org.herodotus.lexicon;

/**
 * One line of a data file, with where it came from, so that whoever reads it can name the file
 * and line in an error.
 *
 * @param file   the file's name as errors show it (a resource name or a path)
 * @param number the line's number in the file, from 1
 * @param text   the line as written, without its line break
 */
public record LexiconLine(String file, int number, String text) {

    /** Where the line is, as errors name it: {@code file:number}. */
    public String where() {
        return file + ":" + number;
    }

    /** The TAB-separated columns, empty trailing columns dropped (as {@link String#split(String)} does). */
    public String[] columns() {
        return text.split("\t");
    }

    /**
     * The TAB-separated columns, of which there must be at least {@code min}; empty trailing
     * columns are dropped.
     *
     * @throws IllegalArgumentException naming file and line when there are fewer
     */
    public String[] columns(int min) {
        String[] cols = columns();
        if (cols.length < min) {
            throw error("expected " + min + " TAB-separated columns, got " + cols.length);
        }
        return cols;
    }

    /** Every TAB-separated column, empty trailing ones included (a row whose last columns are blank keeps them). */
    public String[] allColumns() {
        return text.split("\t", -1);
    }

    /** An error about this line: its message starts with {@link #where()}. */
    public IllegalArgumentException error(String message) {
        return new IllegalArgumentException(where() + ": " + message);
    }

    /** As {@link #error(String)}, keeping what caused it. */
    public IllegalArgumentException error(String message, Throwable cause) {
        return new IllegalArgumentException(where() + ": " + message, cause);
    }
}
