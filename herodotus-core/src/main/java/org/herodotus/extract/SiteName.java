package org.herodotus.extract;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a part of a title is the site's name ("Headline | Coast Courier"): the keys a site
 * goes by, from its declared name and its URL's host, and the comparison of a part with them.
 */
final class SiteName {

    private SiteName() {
    }

    /** The keys of the site: its declared name, and its host with and without the top-level domain. */
    static Set<String> siteKeys(String siteName, String url) {
        Set<String> keys = new LinkedHashSet<>();
        if (siteName != null) {
            keys.add(squashKey(siteName));
        }
        if (url != null) {
            try {
                String host = URI.create(url.strip().replace(" ", "%20")).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|mobile)\\.", "");
                    keys.add(squashKey(host));
                    int dot = host.lastIndexOf('.');
                    String noTld = dot > 0 ? host.substring(0, dot) : host;
                    keys.add(squashKey(noTld));
                    int dot2 = noTld.lastIndexOf('.');
                    keys.add(squashKey(dot2 >= 0 ? noTld.substring(dot2 + 1) : noTld));
                }
            } catch (IllegalArgumentException e) {
                // An unparsable URL gives no site name hints.
            }
        }
        keys.remove("");
        return keys;
    }

    static boolean isSiteName(String part, Set<String> siteWords) {
        String k = squashKey(part);
        if (k.isEmpty()) {
            return false;
        }
        for (String s : siteWords) {
            if (k.equals(s) || (s.length() >= 4 && k.length() <= s.length() + 12 && (k.contains(s) || s.contains(k) && k.length() >= 4))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case letters and digits only: how titles and site names are compared. */
    static String squashKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    static String key(String s) {
        return squashKey(s == null ? "" : s);
    }
}
