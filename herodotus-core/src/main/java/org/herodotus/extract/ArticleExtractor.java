package org.herodotus.extract;

import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;

/**
 * Turns a raw document into an {@link Article}: body text without boilerplate, plus title,
 * byline, date, language and canonical URL. Never throws on bad input: the article carries
 * the error instead.
 */
public interface ArticleExtractor {

    /** Extracts the article from {@code document}. */
    Article extract(SourceDocument document);
}
