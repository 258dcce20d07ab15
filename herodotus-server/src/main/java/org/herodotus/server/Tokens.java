package org.herodotus.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks a presented bearer token against the configured one in constant time: both are hashed
 * first, so neither the position of the first wrong character nor the token's length shows in
 * how long the comparison takes.
 */
final class Tokens {

    private final byte[] expected;

    /** A check against {@code token}; null means no token is configured. */
    Tokens(String token) {
        this.expected = token == null ? null : sha256(token);
    }

    /** Whether a token is configured at all. */
    boolean configured() {
        return expected != null;
    }

    /** Whether the {@code Authorization} header value carries the configured token. */
    boolean accepts(String authorization) {
        if (expected == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
