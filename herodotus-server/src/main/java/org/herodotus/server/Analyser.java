package org.herodotus.server;

import org.herodotus.model.Analysis;
import org.herodotus.source.SourceDocument;

/**
 * Turns one posted document into its analysis: extraction and the pipeline, as {@code ingest}
 * runs them. The command line builds it from its pipeline options; the server only calls it.
 */
@FunctionalInterface
public interface Analyser {

    /** The analysis of {@code document}; must be safe to call from several threads. */
    Analysis analyse(SourceDocument document);
}
