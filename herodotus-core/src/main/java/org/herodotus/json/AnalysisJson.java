package org.herodotus.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;

/**
 * Reads and writes the Analysis JSON contract and the article records of {@code extract}, one
 * object per line. Every contract field is always present (null when unknown) except
 * {@code errors}, which appears only when something went wrong.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = createMapper();

    private AnalysisJson() {
    }

    /** A mapper configured for the contract; safe to share. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper createMapper() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        m.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        // Fields this build does not know are skipped, so an older build reads a newer one's output.
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.addMixIn(Article.class, ErrorsOnlyWhenPresent.class);
        m.addMixIn(Analysis.class, ErrorsOnlyWhenPresent.class);
        return m;
    }

    /** One line of JSON (no trailing newline) for {@code value}. */
    public static String toLine(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one Analysis JSON object. */
    public static Analysis parseAnalysis(String json) throws IOException {
        return MAPPER.readValue(json, Analysis.class);
    }

    /** Parses one article record as written by {@code extract}. */
    public static Article parseArticle(String json) throws IOException {
        return MAPPER.readValue(json, Article.class);
    }

    private abstract static class ErrorsOnlyWhenPresent {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> errors();
    }
}
