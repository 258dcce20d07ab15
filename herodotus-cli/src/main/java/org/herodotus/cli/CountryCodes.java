package org.herodotus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ISO 3166-1 alpha-3 codes the pipeline assigns, with the English names a user may type
 * instead. Read from the country table the actors stage itself uses, so the command line accepts
 * exactly the codes that can appear in the store.
 */
final class CountryCodes {

    /** The actors stage's country table (generated at build time from world-countries). */
    private static final String TABLE = "/org/herodotus/actors/countries.tsv";

    private static CountryCodes instance;

    /** Code to common name, in code order. */
    private final Map<String, String> names = new TreeMap<>();
    /** Lower-case common and official name to code. */
    private final Map<String, String> byName = new TreeMap<>();

    private CountryCodes() {
        try (InputStream in = CountryCodes.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                names.put(f[0], f[1]);
                byName.put(f[1].toLowerCase(Locale.ROOT), f[0]);
                byName.putIfAbsent(f[2].toLowerCase(Locale.ROOT), f[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table, read once. */
    static synchronized CountryCodes get() {
        if (instance == null) {
            instance = new CountryCodes();
        }
        return instance;
    }

    /** The English common name of {@code code}, or null when it is no country code. */
    String name(String code) {
        return names.get(code);
    }

    /** The code of the country whose common or official English name is {@code name}, or null. */
    String codeOfName(String name) {
        return byName.get(name.strip().toLowerCase(Locale.ROOT));
    }
}
