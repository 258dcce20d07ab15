/**
 * The extract stage: from a page's HTML (or a plain-text capture) to the article body and its
 * metadata. {@link org.herodotus.extract.Extractor} is the default
 * {@link org.herodotus.extract.ArticleExtractor}: {@code PageDecoder} turns bytes into text;
 * {@code MetadataReader} reads what the page says about itself ({@code PageMetadata}: title by
 * {@code TitleReader} and {@code TitleParts}, byline by {@code BylineReader}, date by
 * {@code PublicationDateReader} and {@code DateReader}, JSON-LD by {@code JsonLd});
 * {@code ContentExtractor} finds the body ({@code PageIndex}, {@code PageAnalysis},
 * {@code ContentFinder}) and writes it out ({@code BodyWriter}); {@code LanguageIdentifier} (with
 * {@code FunctionWords}) says its language. {@code PlainTextExtractor} gives plain text the same
 * boilerplate care.
 *
 * <p>Rules are data files under {@code org/herodotus/extract/} in the resources, in the
 * {@code RuleFile} format, loaded once by {@code ExtractionRules}.
 */
package org.herodotus.extract;
