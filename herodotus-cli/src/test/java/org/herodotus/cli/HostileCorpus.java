package org.herodotus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes inputs meant to take a run down, as a reliability tester would try them, plus one
 * ordinary article after them that must still come through. Generated, never committed.
 */
final class HostileCorpus {

    /** The ordinary article written last; its analysis must have events. */
    static final String ORDINARY = "zz-ordinary";

    private static final String[] WORDS = ("the minister said that soldiers from the northern province attacked a convoy "
            + "near the border town while officials in the capital denied any role and called for calm").split(" ");

    private HostileCorpus() {
    }

    /** Writes the corpus into {@code dir}; returns the names of the files written. */
    static List<String> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        Random random = new Random(7);
        // One sentence of 26,000 words and no full stop: overflowed the stack in the parser.
        StringBuilder endless = new StringBuilder("Border clashes\n");
        for (int i = 0; i < 26_000; i++) {
            endless.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        names.add(text(dir, "endless-sentence.txt", endless.toString()));
        // The same sentence over and over without a full stop: minutes in the later stages.
        names.add(text(dir, "repeated-sentence.txt", "Repeated\n"
                + "police said the protesters in Paris clashed with officers on Tuesday and the minister blamed the opposition ".repeat(160)));
        // 30,000 paragraphs of one word: each a sentence for the tagger.
        names.add(text(dir, "paragraphs.html", "<html><body>" + "<p>w</p>".repeat(30_000) + "</body></html>"));
        // 100,000 nested elements.
        names.add(text(dir, "nested.html", "<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000) + "</body></html>"));
        // A JSON Lines line of 40 MB (gzipped to a few KB), then a good line that must still be read.
        names.add(gzip(dir, "huge-line.jsonl.gz", ("{\"id\":\"huge\",\"text\":\"" + "a".repeat(40 << 20) + "\"}\n"
                + "{\"id\":\"after-huge\",\"text\":\"Rescue teams reached the flooded villages on Sunday.\"}\n")
                .getBytes(StandardCharsets.UTF_8)));
        // A gzip bomb: 200 MB of zeros.
        names.add(gzip(dir, "bomb.html.gz", new byte[200 << 20]));
        // A truncated gzip file.
        byte[] whole = gzipped("<html><body><p>Truncated page about the floods.</p></body></html>".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("truncated.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        names.add("truncated.html.gz");
        // Binary garbage named as a page.
        byte[] garbage = new byte[1 << 20];
        random.nextBytes(garbage);
        Files.write(dir.resolve("garbage.html"), garbage);
        names.add("garbage.html");
        // Entity expansion and an external entity: must stay inert.
        names.add(text(dir, "entities.html", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body><p>&lol2; &xxe; The council met on Monday.</p></body></html>"));
        // Script and markup in the text.
        names.add(text(dir, "script.html", "<html><head><title><script>alert(1)</script>=HYPERLINK(\"http://evil.example/\")</title></head>"
                + "<body><p onclick=\"alert(2)\">Officials said <img src=x onerror=alert(3)> the bridge reopened on Friday.</p></body></html>"));
        // Invalid UTF-8, an empty file, malformed JSON Lines, a JSON Lines file with a byte order mark.
        Files.write(dir.resolve("invalid-utf8.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xC3, (byte) 0x28, 'x', (byte) 0xFF});
        names.add("invalid-utf8.txt");
        names.add(text(dir, "empty.html", ""));
        names.add(text(dir, "malformed.jsonl", "{\"id\": \"m1\", \"text\": \n[1,2,3]\n\"just a string\"\n{\"id\":\"m4\"}\n"));
        names.add(text(dir, "bom.jsonl", "\uFEFF{\"id\":\"bom1\",\"text\":\"The ferry resumed on Monday after repairs.\"}\n"));
        // A WARC file cut off in a record header.
        names.add(text(dir, "broken.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n"));
        // A title of a million characters.
        names.add(text(dir, "long-title.txt", "T".repeat(1_000_000) + "\n\nThe council met on Monday to discuss the budget."));
        Files.copy(Path.of("../examples/esper-iran-bases.txt"), dir.resolve(ORDINARY + ".txt"));
        names.add(ORDINARY + ".txt");
        return names;
    }

    private static String text(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return name;
    }

    private static String gzip(Path dir, String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), gzipped(content));
        return name;
    }

    private static byte[] gzipped(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buf)) {
            out.write(content);
        }
        return buf.toByteArray();
    }

    /** Writes the corpus into the folder given (run from the module folder), for trying it by hand. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0])).forEach(System.out::println);
    }
}
