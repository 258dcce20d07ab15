package org.herodotus.source;

/**
 * Bounds that keep one bad input from exhausting memory.
 *
 * @param maxDocumentBytes largest single document read (HTML page, text file, JSON Lines line)
 */
public record InputLimits(long maxDocumentBytes) {

    /** 16 MiB per document: far above any real news page, far below what hurts the heap. */
    public static final InputLimits DEFAULT = new InputLimits(16L << 20);
}
