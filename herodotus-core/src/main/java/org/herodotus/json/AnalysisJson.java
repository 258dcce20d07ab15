package org.herodotus.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Modality;

/**
 * Reads and writes the Analysis JSON contract and the article records of {@code extract}, one
 * object per line. Every contract field is always present (null when unknown) except
 * {@code errors}, which appears only when something went wrong, and {@code notes}, only when
 * something was changed to analyse the article.
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
        m.registerModule(vocabulary());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        m.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        // Fields this build does not know are skipped, so an older build reads a newer one's output.
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.addMixIn(Article.class, ErrorsOnlyWhenPresent.class);
        m.addMixIn(Analysis.class, ErrorsAndNotesOnlyWhenPresent.class);
        return m;
    }

    /**
     * The closed vocabularies of the contract: each value is written as its word ({@code
     * "asserted"}) and read through the enum's {@code of}, so an unknown word is an error that
     * names it, and a JSON null stays null.
     */
    private static SimpleModule vocabulary() {
        SimpleModule m = new SimpleModule("herodotus-vocabulary");
        word(m, ClaimType.class, ClaimType::value, ClaimType::of);
        word(m, Certainty.class, Certainty::value, Certainty::of);
        word(m, Modality.class, Modality::value, Modality::of);
        return m;
    }

    private static <E> void word(SimpleModule m, Class<E> type, Function<E, String> value, Function<String, E> of) {
        m.addSerializer(type, new StdSerializer<E>(type) {
            @Override
            public void serialize(E v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.apply(v));
            }
        });
        m.addDeserializer(type, new StdDeserializer<E>(type) {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String word = p.getText();
                try {
                    return of.apply(word);
                } catch (IllegalArgumentException e) {
                    throw ctxt.weirdStringException(word, type, e.getMessage());
                }
            }
        });
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

    private abstract static class ErrorsAndNotesOnlyWhenPresent extends ErrorsOnlyWhenPresent {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> notes();
    }
}
