package org.herodotus.gazetteer;

import java.nio.file.Path;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;
import org.herodotus.places.Feature;
import org.herodotus.places.GazetteerWriter;

/**
 * The curated alias files, read last: names, demonyms and corrected coordinates for places the
 * other sources made, and places they lack. Every problem names the file and line.
 */
final class AliasReader {

    private final GazetteerTables tables;

    AliasReader(GazetteerTables tables) {
        this.tables = tables;
    }

    /**
     * Reads one alias file; the format is documented in the bundled {@code aliases.tsv} and in
     * docs/places.md. Every problem names the file and line.
     */
    void read(Path file) {
        for (LexiconLine line : LexiconFile.of(file).entries()) {
            String[] f = line.allColumns();
            String where = line.where();
            switch (f[0]) {
                case "alias" -> {
                    need(f, 3, where);
                    tables.w.addName(target(f[2], where), f[1], GazetteerWriter.PRIMARY);
                }
                case "demonym" -> {
                    need(f, 3, where);
                    tables.w.setDemonym(f[1], target(f[2], where));
                }
                case "coords" -> {
                    need(f, 4, where);
                    tables.w.setCoordinates(target(f[1], where), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                }
                case "place" -> {
                    need(f, 8, where);
                    Feature feature = Feature.parse(f[2]);
                    if (feature == null) {
                        throw new IllegalArgumentException(where + ": unknown feature " + f[2]);
                    }
                    int ci = f[5].equals("-") ? -1 : tables.countryIndex.getOrDefault(f[5], -2);
                    int ai = f[6].equals("-") ? -1 : tables.admin1Index.getOrDefault(f[6], -2);
                    if (ci == -2 || ai == -2) {
                        throw new IllegalArgumentException(where + ": unknown country or admin-1 code");
                    }
                    int p = tables.w.addPlace(f[1], feature, Double.parseDouble(f[3]), Double.parseDouble(f[4]), ci, ai,
                            Long.parseLong(f[7]));
                    tables.aliasPlaces.put(f[1], p);
                    if (f.length > 8 && !f[8].isBlank()) {
                        for (String alt : f[8].split("\\|")) {
                            tables.w.addName(p, alt.trim(), GazetteerWriter.PRIMARY);
                        }
                    }
                }
                default -> throw new IllegalArgumentException(where + ": unknown line type " + f[0]
                        + " (expected alias, demonym, coords or place)");
            }
        }
    }

    private static void need(String[] f, int n, String where) {
        if (f.length < n) {
            throw new IllegalArgumentException(where + ": expected " + n + " tab-separated fields, found " + f.length);
        }
    }

    private int target(String t, String where) {
        int colon = t.indexOf(':');
        String kind = colon < 0 ? "" : t.substring(0, colon);
        String id = colon < 0 ? t : t.substring(colon + 1);
        Integer p = switch (kind) {
            case "country" -> {
                Integer c = tables.countryIndex.get(id);
                yield c == null ? null : tables.countryPlaces.get(c);
            }
            case "admin1" -> {
                Integer a = tables.admin1Index.get(id);
                yield a == null ? null : tables.admin1Places.get(a);
            }
            case "airport" -> tables.airportByIdent.get(id);
            case "geonames" -> tables.placeByGeonameId.get(Integer.parseInt(id));
            case "place" -> tables.aliasPlaces.get(id);
            default -> null;
        };
        if (p == null || p < 0) {
            throw new IllegalArgumentException(where + ": unknown target " + t
                    + " (expected country:ISO, admin1:ISO-3166-2, airport:IDENT, geonames:ID or place:NAME)");
        }
        return p;
    }
}
