package org.herodotus.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The default extractor. Placeholder that takes the page title and its paragraphs; the real
 * boilerplate removal replaces it.
 */
public final class Extractor implements ArticleExtractor {

    @Override
    public Article extract(SourceDocument document) {
        if (document.error() != null) {
            return Article.failed(document.id(), document.url(), document.error());
        }
        if (document.format() == SourceDocument.Format.TEXT) {
            String text = new String(document.content(), StandardCharsets.UTF_8).strip();
            int nl = text.indexOf('\n');
            String title = nl < 0 ? text : text.substring(0, nl).strip();
            String body = nl < 0 ? "" : text.substring(nl + 1).strip();
            return new Article(document.id(), document.url(), title, null, document.published(), null, body, List.of());
        }
        Document page = Jsoup.parse(new String(document.content(), StandardCharsets.UTF_8), document.url() == null ? "" : document.url());
        StringBuilder body = new StringBuilder();
        for (Element p : page.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(t);
            }
        }
        return new Article(document.id(), document.url(), page.title(), null, document.published(), null, body.toString(), List.of());
    }
}
