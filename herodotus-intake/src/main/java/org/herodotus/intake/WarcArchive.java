package org.herodotus.intake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.herodotus.source.HttpFetcher;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Everything live intake fetched, as WARC response records (gzip per record) in a folder beside
 * the store, so each stored article can be traced to the exact bytes it came from and analysed
 * again later ({@code herodotus ingest FOLDER/*.warc.gz}). A new file is started per run and
 * whenever the current one passes the size limit.
 */
public final class WarcArchive implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long maxFileBytes;
    private WarcWriter writer;
    private Path current;
    private int files;

    /** An archive writing into {@code dir} (created if needed), files of at most {@code maxFileBytes}. */
    public WarcArchive(Path dir, long maxFileBytes) {
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
    }

    /** An archive writing into {@code dir}, files of at most 1 GiB. */
    public WarcArchive(Path dir) {
        this(dir, 1L << 30);
    }

    /** The folder the WARC files go to. */
    public Path dir() {
        return dir;
    }

    /** The file being written, null before the first record. */
    public synchronized Path currentFile() {
        return current;
    }

    /** Archives one response; 2xx responses with their body, others by their status and headers. */
    public synchronized void write(HttpFetcher.Fetched f) throws IOException {
        if (f.status() <= 0 || f.url() == null) {
            return;
        }
        if (writer == null || writer.position() > maxFileBytes) {
            open();
        }
        HttpResponse.Builder http = new HttpResponse.Builder(f.status(), reason(f.status()));
        for (Map.Entry<String, List<String>> h : f.headers().entrySet()) {
            String name = h.getKey();
            // The body is stored as received after de-chunking: headers that describe another framing would lie.
            if (name.equals("content-length") || name.equals("transfer-encoding") || name.equals("content-type")) {
                continue;
            }
            for (String v : h.getValue()) {
                http.addHeader(name, v);
            }
        }
        String type = f.header("content-type").orElse("application/octet-stream");
        MediaType media;
        try {
            media = MediaType.parse(type);
        } catch (IllegalArgumentException e) {
            media = MediaType.OCTET_STREAM;
        }
        http.body(media, f.body());
        WarcResponse record = new WarcResponse.Builder(f.url()).date(f.fetchedAt()).body(http.build()).build();
        writer.write(record);
    }

    private void open() throws IOException {
        close();
        Files.createDirectories(dir);
        files++;
        String name = "herodotus-" + STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid() + "-" + files + ".warc.gz";
        current = dir.resolve(name);
        FileChannel channel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder().filename(name)
                .fields(Map.of("software", List.of("herodotus live intake"), "format", List.of("WARC File Format 1.1")))
                .build());
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            default -> "";
        };
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
