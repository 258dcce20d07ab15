package org.herodotus.cli;

import java.time.LocalDate;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import picocli.CommandLine.Option;

/** The {@code --published DATE} option: the publication date of inputs that carry none. */
final class PublishedOption {

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for inputs that do not carry one; relative dates are read against it.")
    LocalDate published;

    /** {@code article}, dated {@code --published} when it carries no date of its own. */
    Article orDefault(Article article) {
        return article.published() == null && published != null ? article.withPublished(published) : article;
    }

    /** {@code analysis}, dated {@code --published} when it carries no date of its own. */
    Analysis orDefault(Analysis analysis) {
        return analysis.published() == null && published != null ? analysis.withPublished(published) : analysis;
    }
}
