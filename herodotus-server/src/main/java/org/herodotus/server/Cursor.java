package org.herodotus.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code next} token of a paged listing: where the page ended, opaque to clients (URL-safe
 * base64 of the listing's name and the last row's sort key), so a client hands it back unchanged
 * and a token from one listing is refused by another.
 */
final class Cursor {

    private Cursor() {
    }

    /** The token for listing {@code kind} continuing after the row with sort key {@code parts}. */
    static String encode(String kind, Object... parts) {
        StringBuilder b = new StringBuilder(kind);
        for (Object p : parts) {
            // The unit separator cannot occur in the parts (names and keys are single-line text).
            b.append('\u001f').append(p == null ? "" : p.toString());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort key of token {@code token} of listing {@code kind}, {@code n} parts; null when the
     * token is null (the first page).
     *
     * @throws ApiError 400 when the token is not one this listing issued
     */
    static List<String> decode(String token, String kind, int n) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("cursor: not a token this server issued");
        }
        String[] split = text.split("\u001f", -1);
        if (split.length != n + 1 || !split[0].equals(kind)) {
            throw ApiError.badRequest("cursor: not a token of this listing");
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < split.length; i++) {
            out.add(split[i]);
        }
        return out;
    }
}
