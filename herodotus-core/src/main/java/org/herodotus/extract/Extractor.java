package org.herodotus.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default article extractor: decodes the page ({@code PageDecoder}), parses it with jsoup,
 * reads its metadata (JSON-LD, OpenGraph, meta tags, bylines, dates, canonical URL), finds and
 * cleans its body, and identifies the body's language ({@link LanguageIdentifier}). Plain-text
 * inputs get line-level boilerplate removal. Rules are data ({@link ExtractionRules}). Never
 * throws on bad input: problems become the article's {@code errors}, naming the input.
 * Stateless and thread-safe.
 */
public final class Extractor implements ArticleExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    private final PageDecoder decoder = new PageDecoder();
    private final MetadataReader metadata;
    private final ContentExtractor content;
    private final PlainTextExtractor plainText;
    private final LanguageIdentifier languages;
    private final ExtractionRules rules;

    /** The extractor with the shipped rules and the shared language identifier. */
    public Extractor() {
        this(ExtractionRules.defaults(), LanguageIdentifier.shared());
    }

    /**
     * An extractor with the given rules; {@code languages} may be null to skip language
     * identification (the page's declared language is then used).
     */
    public Extractor(ExtractionRules rules, LanguageIdentifier languages) {
        this.metadata = new MetadataReader(rules);
        this.content = new ContentExtractor(rules, metadata);
        this.plainText = new PlainTextExtractor(rules);
        this.languages = languages;
        this.rules = rules;
    }

    /** Longest title kept, in characters: ten times any headline. */
    static final int MAX_TITLE = 1000;

    @Override
    public Article extract(SourceDocument document) {
        if (document.error() != null) {
            return Article.failed(document.id(), document.url(), document.error());
        }
        try {
            Article article = document.format() == SourceDocument.Format.TEXT ? fromText(document) : fromHtml(document);
            return boundTitle(article, document.origin());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("extraction failed on {}", document.origin(), e);
            return Article.failed(document.id(), document.url(), document.origin() + ": extraction failed: " + e);
        }
    }

    /**
     * Cuts a title longer than {@link #MAX_TITLE} characters (no headline is; a hostile page's
     * million-character title would be read by every stage) and records that it did.
     */
    private static Article boundTitle(Article article, String origin) {
        String title = article.title();
        if (title == null || title.length() <= MAX_TITLE) {
            return article;
        }
        int cut = title.lastIndexOf(' ', MAX_TITLE);
        String kept = title.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE).strip();
        return new Article(article.id(), article.url(), kept, article.byline(), article.published(), article.language(),
                article.text(), article.errors())
                .withError(origin + ": title of " + title.length() + " characters cut to its first " + kept.length());
    }

    private Article fromHtml(SourceDocument document) {
        List<String> errors = new ArrayList<>();
        PageDecoder.Decoded decoded = decoder.decode(document.content(), document.charset(), true);
        if (decoded.binary()) {
            return Article.failed(document.id(), document.url(), document.origin() + ": " + decoded.problem());
        }
        if (decoded.problem() != null) {
            errors.add(document.origin() + ": " + decoded.problem());
        }
        Document page = Jsoup.parse(decoded.text(), document.url() == null ? "" : document.url());
        PageIndex index = new PageIndex(page, rules.allSelectors);
        MetadataReader.Head head = metadata.readHead(index, document.url());
        String title = document.title() != null ? document.title() : head.title();
        ContentExtractor.Body body = content.extract(index, title);
        PageMetadata meta = metadata.complete(index, head, body.roots());
        String text = TextNormalizer.nfc(body.text());
        if (text.isEmpty()) {
            errors.add(document.origin() + ": no article text found on the page");
        }
        String url = document.url() != null ? document.url() : meta.canonicalUrl();
        LocalDate published = document.published() != null ? document.published() : meta.published();
        String language = language(text, title, meta.declaredLang());
        return new Article(document.id(), url, TextNormalizer.nfc(title), TextNormalizer.nfc(meta.byline()), published,
                language, text, errors);
    }

    private Article fromText(SourceDocument document) {
        List<String> errors = new ArrayList<>();
        PageDecoder.Decoded decoded = decoder.decode(document.content(), document.charset(), false);
        if (decoded.binary()) {
            return Article.failed(document.id(), document.url(), document.origin() + ": " + decoded.problem());
        }
        if (decoded.problem() != null) {
            errors.add(document.origin() + ": " + decoded.problem());
        }
        if (decoded.problem() == null && document.charset() == null && !decoded.charset().equals(StandardCharsets.UTF_8)
                && !decoded.charset().equals(StandardCharsets.US_ASCII)) {
            // A text file has no place to declare its charset: a guess is all there is, so say so
            // (it may be UTF-8 with broken bytes, read as mojibake).
            errors.add(document.origin() + ": not valid UTF-8; read as " + decoded.charset().name() + " (a guess)");
        }
        PlainTextExtractor.Result r = plainText.extract(decoded.text(), document.title());
        String title = document.title() != null ? document.title() : r.title();
        if (r.body().isEmpty()) {
            errors.add(document.origin() + ": no article text found");
        }
        String language = language(r.body(), title, null);
        return new Article(document.id(), document.url(), title, null, document.published(), language,
                TextNormalizer.nfc(r.body()), errors);
    }

    /** The language the text reads as; the one the page declares only when the text is too short to tell. */
    private String language(String text, String title, String declared) {
        String lang = languages == null ? null : languages.identify(text.isEmpty() ? title : text);
        return lang != null ? lang : LanguageIdentifier.normalizeDeclared(declared);
    }
}
