package org.herodotus.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.herodotus.gazetteer.NpmPackage;

/**
 * Build step: copies the web UI's third-party files out of pinned npm packages into the class
 * path, so the UI needs nothing from the internet at run time. Each package is fetched once with
 * {@code npm pack}, checked against its sha512 integrity and cached (the gazetteer's mechanism).
 *
 * <p>Usage: {@code WebAssets OUTPUT_DIR}; the npm cache directory is {@code -Dherodotus.npm.cache}.
 */
public final class WebAssets {

    /** One package and the files taken from it (paths inside the package, without "package/"). */
    record Asset(NpmPackage pkg, List<String> files) {
    }

    static final List<Asset> ASSETS = List.of(
            new Asset(new NpmPackage("leaflet", "1.9.4",
                    "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="),
                    List.of("dist/leaflet.js", "dist/leaflet.css", "LICENSE")),
            new Asset(new NpmPackage("leaflet.markercluster", "1.5.3",
                    "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA=="),
                    List.of("dist/leaflet.markercluster.js", "dist/MarkerCluster.css", "dist/MarkerCluster.Default.css",
                            "MIT-LICENCE.txt")),
            // Natural Earth 1:50m country outlines (public domain) as TopoJSON.
            new Asset(new NpmPackage("world-atlas", "2.0.2",
                    "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="),
                    List.of("countries-50m.json", "LICENSE")),
            new Asset(new NpmPackage("topojson-client", "3.1.0",
                    "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw=="),
                    List.of("dist/topojson-client.min.js", "LICENSE")));

    private WebAssets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WebAssets OUTPUT_DIR");
        }
        Path out = Paths.get(args[0]);
        Path cache = Paths.get(System.getProperty("herodotus.npm.cache",
                Paths.get(System.getProperty("user.home"), ".cache", "herodotus", "npm").toString()));
        for (Asset asset : ASSETS) {
            Path tgz = asset.pkg().fetch(cache);
            Map<String, byte[]> files = NpmPackage.read(tgz, asset.files()::contains);
            for (String file : asset.files()) {
                byte[] bytes = files.get(file);
                if (bytes == null) {
                    throw new IOException(asset.pkg().name() + "@" + asset.pkg().version() + " has no " + file);
                }
                // Flat names per package: vendor/leaflet/leaflet.js, vendor/world-atlas/countries-50m.json.
                Path target = out.resolve(asset.pkg().name()).resolve(Paths.get(file).getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
    }
}
