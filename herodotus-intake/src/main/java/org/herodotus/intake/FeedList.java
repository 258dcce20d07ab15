package org.herodotus.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.source.Sources;

/**
 * The feeds file given to {@code herodotus watch}: one feed or sitemap URL per line; blank lines
 * and lines starting with {@code #} are ignored, as is anything after the URL on its line (room
 * for a note). A line that is not an http(s) URL is an error naming its line.
 */
public final class FeedList {

    private FeedList() {
    }

    /** The feed URLs of {@code file}, in order, each once. */
    public static List<String> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> out = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String url = line.split("\\s+", 2)[0];
            if (!Sources.isUrl(url)) {
                bad.add(file + ":" + (i + 1) + ": not an http(s) URL: " + url);
                continue;
            }
            out.add(url);
        }
        if (!bad.isEmpty()) {
            throw new IOException(String.join("\n", bad));
        }
        return List.copyOf(out);
    }
}
