package org.herodotus.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.herodotus.extract.Extractor;
import org.herodotus.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Reading inputs of every kind, good and broken, as the extract command does. */
class SourcesTest {

    private static final String ARABIC = "<html><head><title>افتتاح جسر جديد</title></head><body><div class=\"article-body\"><p>"
            + "افتتحت السلطات المحلية صباح اليوم جسرا جديدا فوق النهر يربط الحي الشرقي بوسط المدينة بعد أعمال بناء استمرت ثلاث سنوات. ".repeat(3)
            + "</p></div></body></html>";
    private static final String ENGLISH = "<html><head><title>Ferry service resumes</title></head><body><div class=\"article-body\"><p>"
            + "The ferry between the two islands resumed on Monday after repairs to the landing stage were finished ahead of schedule. ".repeat(3)
            + "</p></div></body></html>";

    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    private List<Article> extract(String... inputs) {
        List<Article> out = new ArrayList<>();
        new Sources().read(List.of(inputs), doc -> out.add(extractor.extract(doc)));
        return out;
    }

    private static byte[] httpResponse(String contentType, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(http.serializeHeader());
        out.write(body);
        return out.toByteArray();
    }

    private Path warc(boolean brokenTail) throws Exception {
        Path file = dir.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(file)) {
            writer.write(new WarcResponse.Builder("https://news.example.com/ar/bridge")
                    .body(MediaType.HTTP_RESPONSE, httpResponse("text/html; charset=windows-1256", ARABIC.getBytes(Charset.forName("windows-1256"))))
                    .build());
            writer.write(new WarcResponse.Builder("https://news.example.com/logo.png")
                    .body(MediaType.HTTP_RESPONSE, httpResponse("image/png", new byte[] {1, 2, 3}))
                    .build());
            writer.write(new WarcResponse.Builder("https://news.example.com/en/ferry")
                    .body(MediaType.HTTP_RESPONSE, httpResponse("text/html", ENGLISH.getBytes(StandardCharsets.UTF_8)))
                    .build());
        }
        if (brokenTail) {
            try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
                out.write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return file;
    }

    @Test
    void readsHtmlResponsesFromAWarcWithTheirUrlsAndHttpCharsets() throws Exception {
        List<Article> articles = extract(warc(false).toString());
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).url()).isEqualTo("https://news.example.com/ar/bridge");
        assertThat(articles.get(0).text()).startsWith("افتتحت السلطات المحلية");
        assertThat(articles.get(0).language()).isEqualTo("ar");
        assertThat(articles.get(1).url()).isEqualTo("https://news.example.com/en/ferry");
        assertThat(articles.get(1).ok()).isTrue();
    }

    @Test
    void reportsABrokenWarcRecordAndKeepsTheGoodOnes() throws Exception {
        List<Article> articles = extract(warc(true).toString());
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).ok()).isTrue();
        assertThat(articles.get(1).ok()).isTrue();
        assertThat(articles.get(2).errors()).singleElement().asString()
                .contains("crawl.warc").contains("broken WARC record at byte");
    }

    @Test
    void readsGzippedWarcs() throws Exception {
        Path plain = warc(false);
        Path gz = dir.resolve("crawl.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        assertThat(extract(gz.toString())).hasSize(2).allMatch(Article::ok);
    }

    @Test
    void readsJsonLinesWithHtmlOrTextAndReportsMalformedLines() throws Exception {
        Path jsonl = dir.resolve("feed.jsonl");
        String html = ENGLISH.replace("\"", "\\\"");
        Files.writeString(jsonl, "{\"id\":\"a1\",\"url\":\"https://example.com/a1\",\"html\":\"" + html + "\"}\n"
                + "{\"id\":\"t1\",\"title\":\"Ferry service resumes\",\"published\":\"2021-06-01\",\"text\":\"The ferry resumed on Monday after repairs to the landing stage.\"}\n"
                + "{not json\n");
        List<Article> articles = extract(jsonl.toString());
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).id()).isEqualTo("a1");
        assertThat(articles.get(0).url()).isEqualTo("https://example.com/a1");
        assertThat(articles.get(0).text()).startsWith("The ferry between the two islands");
        assertThat(articles.get(1).title()).isEqualTo("Ferry service resumes");
        assertThat(articles.get(1).text()).isEqualTo("The ferry resumed on Monday after repairs to the landing stage.");
        assertThat(articles.get(1).published()).hasToString("2021-06-01");
        assertThat(articles.get(2).errors()).singleElement().asString().startsWith(jsonl + ":3: malformed JSON");
    }

    @Test
    void readsDirectoriesRecursivelyWithGzipAndNamesIdsAfterThePathsUnderTheFolder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("site/2021"));
        Files.writeString(sub.resolve("ferry.html"), ENGLISH);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sub.resolve("ferry2.htm.gz")))) {
            out.write(ENGLISH.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(sub.resolve("notes.csv"), "ignored");
        // The same file name in two folders, as in a corpus sorted into topics: two ids.
        Files.writeString(Files.createDirectories(dir.resolve("site/2022")).resolve("ferry.html"), ENGLISH);
        Files.writeString(dir.resolve("site/top.txt"), "The ferry resumed on Monday after repairs to the landing stage.");
        Files.writeString(sub.resolve("feed.jsonl"), "{\"text\":\"The ferry resumed on Monday after repairs.\"}\n");
        List<Article> articles = extract(dir.resolve("site").toString());
        assertThat(articles).extracting(Article::id)
                .containsExactly("2021/feed-1", "2021/ferry", "2021/ferry2", "2022/ferry", "top");
        assertThat(articles).allMatch(Article::ok);
        // A file given by itself keeps its plain name.
        assertThat(extract(sub.resolve("ferry.html").toString())).extracting(Article::id).containsExactly("ferry");
    }

    @Test
    void namesAStreamReadAsAFileOfAFolderAfterItsPathUnderTheFolder() throws Exception {
        List<Article> out = new ArrayList<>();
        try (var in = new java.io.ByteArrayInputStream(ENGLISH.getBytes(StandardCharsets.UTF_8))) {
            new Sources().read("hdfs://data/in/sport/001.html", "sport/001.html", in, doc -> out.add(extractor.extract(doc)));
        }
        assertThat(out).extracting(Article::id).containsExactly("sport/001");
    }

    @Test
    void reportsEmptyMissingTruncatedAndOversizedInputsAndGoesOn() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        Path truncated = dir.resolve("cut.html.gz");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buf)) {
            out.write(ENGLISH.repeat(20).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(truncated, java.util.Arrays.copyOf(buf.toByteArray(), buf.size() / 2));
        Path good = Files.writeString(dir.resolve("good.html"), ENGLISH);
        Path big = dir.resolve("big.html");
        List<Article> out = new ArrayList<>();
        new Sources(new InputLimits(1000)).read(List.of(empty.toString(), dir.resolve("missing.html").toString(),
                truncated.toString(), good.toString()), doc -> out.add(extractor.extract(doc)));
        Files.writeString(big, ENGLISH);
        new Sources(new InputLimits(100)).read(List.of(big.toString()), doc -> out.add(extractor.extract(doc)));
        assertThat(out).hasSize(5);
        assertThat(out.get(0).errors()).containsExactly(empty + ": empty input");
        assertThat(out.get(1).errors()).containsExactly(dir.resolve("missing.html") + ": no such file");
        assertThat(out.get(2).errors()).singleElement().asString().startsWith(truncated + ": corrupt or truncated gzip data");
        assertThat(out.get(3).ok()).isTrue();
        assertThat(out.get(4).errors()).singleElement().asString().contains("big.html").contains("limit");
    }

    @Test
    void skipsAJsonLineOverTheLimitWithoutHoldingItAndReadsTheLinesAfterIt() throws Exception {
        Path jsonl = dir.resolve("feed.jsonl");
        String good = "{\"id\":\"t1\",\"text\":\"The ferry resumed on Monday after repairs to the landing stage.\"}\n";
        // 200 KB of one line against a 1 KB limit: reported by line number, the next line still read.
        Files.writeString(jsonl, good + "{\"id\":\"huge\",\"text\":\"" + "x".repeat(200_000) + "\"}\n" + good.replace("t1", "t2"));
        List<Article> out = new ArrayList<>();
        new Sources(new InputLimits(1024)).read(List.of(jsonl.toString()), doc -> out.add(extractor.extract(doc)));
        assertThat(out).hasSize(3);
        assertThat(out.get(0).id()).isEqualTo("t1");
        assertThat(out.get(1).errors()).singleElement().asString().startsWith(jsonl + ":2: line larger than");
        assertThat(out.get(2).id()).isEqualTo("t2");
        assertThat(out.get(2).ok()).isTrue();
    }

    @Test
    void readsAJsonLinesFileThatStartsWithAByteOrderMark() throws Exception {
        Path jsonl = dir.resolve("bom.jsonl");
        Files.writeString(jsonl, "\uFEFF{\"id\":\"t1\",\"text\":\"The ferry resumed on Monday after repairs to the landing stage.\"}\n");
        List<Article> articles = extract(jsonl.toString());
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("t1");
            assertThat(a.ok()).isTrue();
        });
    }

    @Test
    void tellsAMissingFileFromOneItMayNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.html"), ENGLISH);
        secret.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "running as a user who reads every file");
        assertThat(extract(secret.toString()).get(0).errors()).containsExactly(secret + ": not readable (permission denied)");
    }

    private Path chunkedWarc(String name, String chunks) throws Exception {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)
                .getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0b6c1a52-3c9e-4a39-9d1e-2f1f5d0c7a11>\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://news.example.com/en/ferry\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.getBytes(StandardCharsets.UTF_8));
        out.write(http);
        out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void decodesAChunkedWarcResponseAndReportsBrokenChunkingInsteadOfKeepingTheChunkSizes() throws Exception {
        String head = ENGLISH.substring(0, 60);
        String tail = ENGLISH.substring(60);
        Path good = chunkedWarc("good.warc", Integer.toHexString(head.length()) + "\r\n" + head + "\r\n"
                + Integer.toHexString(tail.length()) + "\r\n" + tail + "\r\n0\r\n\r\n");
        Path broken = chunkedWarc("broken.warc", Integer.toHexString(head.length()) + "\r\n" + head + "\r\nzz\r\n" + tail
                + "\r\n0\r\n\r\n");
        List<Article> articles = extract(good.toString(), broken.toString());
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).ok()).isTrue();
        assertThat(articles.get(0).text()).startsWith("The ferry between the two islands").doesNotContain("\n0");
        assertThat(articles.get(1).text()).isEmpty();
        assertThat(articles.get(1).errors()).singleElement().asString().contains("broken chunked transfer encoding");
    }
}
