package org.herodotus.server;

import java.util.Objects;
import org.herodotus.store.Store;

/**
 * How a {@link DeskServer} runs.
 *
 * @param store        the store it serves (it takes no ownership: the caller closes it)
 * @param bind         the address to listen on; loopback (127.0.0.1) unless the desk is to be shared
 * @param port         the port; 0 for any free one
 * @param writeToken   the token writes must present ({@code Authorization: Bearer …}); null to refuse every write
 * @param readToken    the token reads must present; null for open reads
 * @param maxBodyBytes the largest request body accepted
 * @param analyser     analyses posted documents; null when the server takes no documents
 * @param readers      connections to the store for reading, besides the one for writing; 0 to
 *                     answer every request on the store's own connection
 */
public record ServerConfig(Store store, String bind, int port, String writeToken, String readToken, long maxBodyBytes,
                           Analyser analyser, int readers) {

    /** The default largest request body: 5 MiB, more than any news article page. */
    public static final long DEFAULT_MAX_BODY = 5L << 20;

    public ServerConfig {
        Objects.requireNonNull(store, "store");
        bind = bind == null || bind.isBlank() ? "127.0.0.1" : bind;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        if (readers < 0 || readers > 64) {
            throw new IllegalArgumentException("readers must be 0 to 64: " + readers);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
        if (writeToken != null && writeToken.length() < 16) {
            throw new IllegalArgumentException("the write token must be at least 16 characters");
        }
    }

    /** The default number of reader connections: one per processor, at least two. */
    public static final int DEFAULT_READERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** Loopback, any free port, reads open, writes refused, the default body limit, no analyser. */
    public static ServerConfig of(Store store) {
        return new ServerConfig(store, "127.0.0.1", 0, null, null, DEFAULT_MAX_BODY, null, DEFAULT_READERS);
    }

    /** This configuration with {@code n} reader connections. */
    public ServerConfig withReaders(int n) {
        return new ServerConfig(store, bind, port, writeToken, readToken, maxBodyBytes, analyser, n);
    }

    /** This configuration listening on {@code address}:{@code number}. */
    public ServerConfig withAddress(String address, int number) {
        return new ServerConfig(store, address, number, writeToken, readToken, maxBodyBytes, analyser, readers);
    }

    /** This configuration with these tokens (null: writes refused; reads open). */
    public ServerConfig withTokens(String write, String read) {
        return new ServerConfig(store, bind, port, write, read, maxBodyBytes, analyser, readers);
    }

    /** This configuration with this body limit. */
    public ServerConfig withMaxBody(long bytes) {
        return new ServerConfig(store, bind, port, writeToken, readToken, bytes, analyser, readers);
    }

    /** This configuration analysing posted documents with {@code a}. */
    public ServerConfig withAnalyser(Analyser a) {
        return new ServerConfig(store, bind, port, writeToken, readToken, maxBodyBytes, a, readers);
    }
}
