package org.herodotus.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.json.AnalysisJson;

/** JSON out, with the Analysis JSON conventions (ISO dates): pages, objects and errors. */
final class Json {

    static final ObjectMapper MAPPER = AnalysisJson.mapper().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    /** {@code value} as the response body, status 200 unless set otherwise. */
    static void send(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A page of a listing: its items and the token of the next page (null on the last). */
    static Map<String, Object> page(List<?> items, String next) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("next", next);
        return m;
    }

    /** An error body: {"status": …, "error": "…"}. */
    static Map<String, Object> error(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", message);
        return m;
    }

    /** An object from alternating keys and values, keeping nulls out. */
    static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
