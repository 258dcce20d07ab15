package org.herodotus.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * How an article is recognised again: its canonical URL when it has one, else a hash of its
 * normalised text; and which outlet published it.
 */
public final class ArticleKeys {

    private ArticleKeys() {
    }

    /**
     * The identity of an article in the store: the canonical form of {@code url} when it is an
     * http(s) URL, else {@code sha256:} of the normalised text.
     */
    public static String docKey(String url, String text) {
        String canonical = canonicalUrl(url);
        return canonical != null ? canonical : "sha256:" + textHash(text);
    }

    /**
     * The canonical form of a URL: scheme and host lower-cased, default port, fragment and
     * tracking parameters (utm_*, fbclid, gclid) removed, trailing slash of the path dropped.
     * Null when {@code url} is not an absolute http(s) URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringJoiner query = new StringJoiner("&");
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                    String n = name.toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !n.startsWith("utm_") && !n.equals("fbclid") && !n.equals("gclid")) {
                        query.add(p);
                    }
                }
            }
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (query.length() == 0 ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The outlet of a URL: its host without a leading "www."; null when there is no URL. */
    public static String outlet(String url) {
        String canonical = canonicalUrl(url);
        if (canonical == null) {
            return null;
        }
        String host = URI.create(canonical).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** SHA-256 of the text after Unicode normalisation, lower-casing and whitespace collapsing. */
    public static String textHash(String text) {
        return Migrations.sha256(normalise(text));
    }

    static String normalise(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return t.replaceAll("\\s+", " ").strip();
    }
}
