package org.herodotus.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one URL over HTTP(S) with the limits a news reader needs: a connect timeout, a time
 * limit for the whole response (a server that trickles its body is cut off too), redirects
 * followed by hand up to a limit with loops recognised, and a size limit enforced while reading.
 * Never throws for a network or server problem: the {@link Fetched} carries the error.
 *
 * <p>Thread-safe; one fetcher (one connection pool) serves a whole run.
 *
 * <p>Not part of the library API; used by herodotus-intake (feeds, sitemaps, robots.txt, WARC
 * archive) and {@code herodotus watch}.
 */
public final class HttpFetcher implements AutoCloseable {

    /**
     * What the fetcher allows.
     *
     * @param connectTimeout how long to wait for a connection
     * @param timeout        how long the whole response (headers and body) may take
     * @param maxRedirects   redirects followed before giving up
     * @param maxBytes       largest body accepted
     * @param userAgent      the User-Agent header sent
     */
    public record Settings(Duration connectTimeout, Duration timeout, int maxRedirects, long maxBytes, String userAgent) {

        /** 10 s to connect, 30 s per response, 5 redirects, the document size limit of {@link InputLimits}. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                InputLimits.DEFAULT.maxDocumentBytes(), "herodotus/0.1 (news event coding; respects robots.txt)");

        /** These settings with another response time limit. */
        public Settings withTimeout(Duration t) {
            return new Settings(connectTimeout, t, maxRedirects, maxBytes, userAgent);
        }
    }

    /**
     * The outcome of one fetch.
     *
     * @param requested  the URL asked for
     * @param url        the URL the body came from, after redirects
     * @param status     the HTTP status of the last response; 0 when none came
     * @param headers    the headers of the last response (names lower-case); empty when none came
     * @param body       the body; empty on error or 304
     * @param fetchedAt  when the last response arrived
     * @param error      why there is no usable body, naming the URL; null on success (2xx or 304)
     * @param transientError whether trying again later may succeed (a timeout, a broken
     *                   connection, 429, 5xx), as opposed to an answer that will not change
     *                   (404, a redirect loop, a body over the limit)
     */
    public record Fetched(URI requested, URI url, int status, Map<String, List<String>> headers, byte[] body,
                          Instant fetchedAt, String error, boolean transientError) {

        /** The first value of header {@code name} (case-insensitive). */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The media type without parameters, lower-case; empty when the server sent none. */
        public String mediaType() {
            String ct = header("content-type").orElse("");
            int semi = ct.indexOf(';');
            return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        }

        /** The charset the Content-Type header declares, or null. */
        public String charset() {
            return charsetOf(header("content-type").orElse(null));
        }

        /** Whether the server said the copy we hold is still current (304). */
        public boolean notModified() {
            return status == 304;
        }

        /** Whether a body came with a 2xx status. */
        public boolean ok() {
            return error == null && status >= 200 && status < 300;
        }

        /**
         * How long the server asked us to wait (Retry-After, in seconds or as an HTTP date),
         * when it did.
         */
        public Optional<Duration> retryAfter() {
            return header("retry-after").map(v -> parseRetryAfter(v, fetchedAt));
        }
    }

    private final Settings settings;
    private final HttpClient client;
    private final ScheduledExecutorService timer;

    /** A fetcher with the default settings. */
    public HttpFetcher() {
        this(Settings.DEFAULT);
    }

    /** A fetcher with {@code settings}. */
    public HttpFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "herodotus-http-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    /** The settings of this fetcher. */
    public Settings settings() {
        return settings;
    }

    /** Fetches {@code url} with no extra headers. */
    public Fetched fetch(String url) {
        return fetch(url, Map.of());
    }

    /**
     * Fetches {@code url}, sending {@code headers} besides User-Agent (for example
     * If-None-Match and If-Modified-Since for a conditional GET).
     */
    public Fetched fetch(String url, Map<String, String> headers) {
        URI start;
        try {
            start = new URI(url.strip());
        } catch (URISyntaxException e) {
            return failure(null, null, url + ": not a valid URL (" + e.getReason() + ")", false);
        }
        String scheme = start.getScheme() == null ? "" : start.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || start.getHost() == null) {
            return failure(start, start, url + ": not an http(s) URL", false);
        }
        Set<URI> visited = new LinkedHashSet<>();
        URI current = start;
        for (int hop = 0; ; hop++) {
            if (!visited.add(current)) {
                return failure(start, current, url + ": redirect loop (" + chain(visited, current) + ")", false);
            }
            Fetched f = fetchOnce(start, current, headers);
            if (f.error() != null || f.status() < 300 || f.status() >= 400 || f.status() == 304) {
                return f;
            }
            Optional<String> location = f.header("location");
            if (location.isEmpty()) {
                return withError(f, url + ": HTTP " + f.status() + " redirect without a Location");
            }
            if (hop >= settings.maxRedirects()) {
                return withError(f, url + ": more than " + settings.maxRedirects() + " redirects (" + chain(visited, null) + ")");
            }
            try {
                current = current.resolve(new URI(location.get().strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return withError(f, url + ": redirect to an invalid URL: " + location.get());
            }
        }
    }

    private Fetched fetchOnce(URI requested, URI target, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET()
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        headers.forEach(request::header);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            return failure(requested, target, target + ": no connection within " + seconds(settings.connectTimeout()), true);
        } catch (HttpTimeoutException e) {
            return failure(requested, target, target + ": no response within " + seconds(settings.timeout()), true);
        } catch (ConnectException e) {
            return failure(requested, target, target + ": cannot connect" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), true);
        } catch (IOException e) {
            return failure(requested, target, target + ": network error: " + describe(e), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(requested, target, target + ": interrupted", false);
        } catch (IllegalArgumentException e) {
            return failure(requested, target, target + ": " + e.getMessage(), false);
        }
        Map<String, List<String>> responseHeaders = lowerCase(response.headers().map());
        Instant at = Instant.now();
        int status = response.statusCode();
        byte[] body;
        try {
            body = readBody(target, response.body(), responseHeaders, deadline);
        } catch (BodyException e) {
            return new Fetched(requested, target, status, responseHeaders, new byte[0], at, e.getMessage(), e.transientError);
        }
        String error = null;
        if (status >= 400 || status < 200 || status >= 300 && status != 304 && responseHeaders.get("location") == null) {
            error = target + ": HTTP " + status + reason(status);
            body = new byte[0];
        }
        boolean again = status == 408 || status == 425 || status == 429 || status == 500 || status == 502
                || status == 503 || status == 504;
        return new Fetched(requested, target, status, responseHeaders, body, at, error, error != null && again);
    }

    /** Reads the body up to the size limit, giving up when the response deadline passes. */
    private byte[] readBody(URI target, InputStream in, Map<String, List<String>> headers, long deadline) throws BodyException {
        List<String> length = headers.get("content-length");
        if (length != null && !length.isEmpty()) {
            try {
                if (Long.parseLong(length.get(0).strip()) > settings.maxBytes()) {
                    close(in);
                    throw new BodyException(target + ": larger than the " + (settings.maxBytes() >> 20)
                            + " MiB limit for one document; not fetched", false);
                }
            } catch (NumberFormatException e) {
                // an unreadable length is checked while reading
            }
        }
        AtomicBoolean expired = new AtomicBoolean();
        long left = Math.max(1, deadline - System.nanoTime());
        // A blocked read cannot see a clock: closing the stream at the deadline ends it.
        ScheduledFuture<?> cutOff = timer.schedule(() -> {
            expired.set(true);
            close(in);
        }, left, TimeUnit.NANOSECONDS);
        try (in) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > settings.maxBytes()) {
                    throw new BodyException(target + ": larger than the " + (settings.maxBytes() >> 20)
                            + " MiB limit for one document; cut off", false);
                }
                out.write(buf, 0, n);
            }
            if (expired.get()) {
                throw new BodyException(target + ": response not complete within " + seconds(settings.timeout()), true);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BodyException(expired.get() ? target + ": response not complete within " + seconds(settings.timeout())
                    : target + ": connection broke while reading: " + describe(e), true);
        } finally {
            cutOff.cancel(false);
        }
    }

    private static final class BodyException extends Exception {
        final boolean transientError;

        BodyException(String message, boolean transientError) {
            super(message, null, false, false);
            this.transientError = transientError;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing to stop a read: nothing else to do
        }
    }

    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        headers.forEach((k, v) -> {
            if (!k.startsWith(":")) {
                out.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v);
            }
        });
        return out;
    }

    private static Fetched failure(URI requested, URI url, String error, boolean transientError) {
        return new Fetched(requested, url, 0, Map.of(), new byte[0], Instant.now(), error, transientError);
    }

    private static Fetched withError(Fetched f, String error) {
        return new Fetched(f.requested(), f.url(), f.status(), f.headers(), new byte[0], f.fetchedAt(), error, false);
    }

    private static String chain(Set<URI> visited, URI again) {
        List<String> hops = new ArrayList<>();
        visited.forEach(u -> hops.add(u.toString()));
        if (again != null) {
            hops.add(again.toString());
        }
        return String.join(" -> ", hops);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    /** The charset parameter of a Content-Type value, or null. */
    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /**
     * A Retry-After value as a wait from {@code now}: delta-seconds or an HTTP date; zero when
     * the date has passed or the value cannot be read.
     */
    static Duration parseRetryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, when);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return Duration.ZERO;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
