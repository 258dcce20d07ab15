/**
 * Where articles come from: files, directories, gzip, JSON Lines, WARC and standard input, read by
 * {@link org.herodotus.source.Sources} into {@link org.herodotus.source.SourceDocument}s.
 */
package org.herodotus.source;
