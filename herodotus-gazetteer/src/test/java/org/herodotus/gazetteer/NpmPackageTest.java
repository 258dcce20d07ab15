package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmPackageTest {

    @TempDir
    Path dir;

    /** One ustar header + data block for {@code name} (prefix used when the name is long). */
    private static void entry(OutputStream out, String name, byte[] data) throws IOException {
        byte[] h = new byte[512];
        String prefix = "";
        if (name.length() > 100) {
            int cut = name.lastIndexOf('/', name.length() - 1);
            prefix = name.substring(0, cut);
            name = name.substring(cut + 1);
        }
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 124, String.format("%011o", data.length));
        h[156] = '0';
        put(h, 257, "ustar");
        put(h, 345, prefix);
        out.write(h);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }

    private Path tarball() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "package/package.json", "{}".getBytes(StandardCharsets.UTF_8));
        String longName = "package/dist/data/" + "Some_Very_Long_Country_Name-XX/".repeat(3) + "states.json";
        entry(tar, longName, "[1,2]".getBytes(StandardCharsets.UTF_8));
        tar.write(new byte[1024]);
        Path tgz = dir.resolve("demo-1.0.0.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            tar.writeTo(out);
        }
        return tgz;
    }

    @Test
    void readsTheWantedFilesIncludingLongUstarNames() throws Exception {
        Map<String, byte[]> files = NpmPackage.read(tarball(), f -> f.endsWith(".json"));
        assertThat(files).hasSize(2);
        String states = files.keySet().stream().filter(k -> k.endsWith("states.json")).findFirst().orElseThrow();
        assertThat(states).startsWith("dist/data/Some_Very_Long");
        assertThat(new String(files.get(states), StandardCharsets.UTF_8)).isEqualTo("[1,2]");
    }

    @Test
    void computesTheRegistrysIntegrityString() throws Exception {
        Path tgz = tarball();
        String expected = "sha512-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(tgz)));
        assertThat(NpmPackage.integrityOf(tgz)).isEqualTo(expected);
    }

    @Test
    void usesACachedTarballThatPassesItsIntegrityCheckWithoutFetching() throws Exception {
        Path tgz = tarball();
        NpmPackage pkg = new NpmPackage("demo", "1.0.0", NpmPackage.integrityOf(tgz));
        assertThat(pkg.fileName()).isEqualTo("demo-1.0.0.tgz");
        assertThat(pkg.fetch(dir)).isEqualTo(tgz);
    }

    @Test
    void namesScopedPackagesAsNpmPackWritesThem() {
        assertThat(new NpmPackage("@countrystatecity/countries", "1.0.9", "x").fileName())
                .isEqualTo("countrystatecity-countries-1.0.9.tgz");
    }
}
