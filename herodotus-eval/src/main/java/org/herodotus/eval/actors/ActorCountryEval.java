package org.herodotus.eval.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;

/**
 * Scores actor countries on PLOVER gold records (JSON Lines with {@code text}, {@code source} and
 * {@code target} lists of {@code {actorText, code, sector}}): each gold actor's text is found in
 * the sentence, and the country of the actor Herodotus puts there is compared with the first
 * three letters of the gold code.
 */
public final class ActorCountryEval {

    /** Code spellings the PLOVER gold uses for ISO codes (as the events scorer maps them). */
    private static final Map<String, String> ALIASES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private final ObjectMapper json = new ObjectMapper();

    /** One gold actor and what was predicted for it. */
    public record Item(String id, String role, String actorText, String gold, String predicted, String goldSector,
                       String predictedSector, boolean located) {

        /** Whether the predicted country is the gold one. */
        public boolean correct() {
            return gold.equals(predicted);
        }
    }

    /** Accuracy figures over a gold file. */
    public record Result(List<Item> items) {

        /** Share of gold actors (role "source" or "target", or both when null) with the right country. */
        public double accuracy(String role) {
            List<Item> scope = items.stream().filter(i -> role == null || i.role().equals(role)).toList();
            return scope.isEmpty() ? 0 : scope.stream().filter(Item::correct).count() / (double) scope.size();
        }

        /** Number of gold actors in a role (null for all). */
        public long count(String role) {
            return items.stream().filter(i -> role == null || i.role().equals(role)).count();
        }

        /** Share of gold actors with a gold sector whose predicted sector matches it. */
        public double sectorAccuracy() {
            List<Item> scope = items.stream().filter(i -> i.goldSector() != null).toList();
            return scope.isEmpty() ? 0 : scope.stream().filter(i -> i.goldSector().equals(i.predictedSector())).count()
                    / (double) scope.size();
        }

        /** Number of gold actors with a gold sector. */
        public long sectorCount() {
            return items.stream().filter(i -> i.goldSector() != null).count();
        }
    }

    /** Analyses every gold sentence with {@code analyze} and scores the actor countries. */
    public Result score(Path gold, Function<Article, Analysis> analyze) throws IOException {
        List<Item> items = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode rec = json.readTree(line);
                String id = rec.path("id").asText();
                String text = rec.path("text").asText();
                Analysis analysis = analyze.apply(new Article(id, null, null, null, null, "en", text, List.of()));
                score(items, id, "source", rec.path("source"), text, analysis);
                score(items, id, "target", rec.path("target"), text, analysis);
            }
        }
        return new Result(items);
    }

    private static void score(List<Item> items, String id, String role, JsonNode actors, String text, Analysis analysis) {
        if (!actors.isArray()) {
            return;
        }
        for (JsonNode a : actors) {
            if (!a.isObject() || !a.hasNonNull("code") || !a.hasNonNull("actorText")) {
                continue;
            }
            String code = a.path("code").asText().trim().toUpperCase(Locale.ROOT);
            if (code.length() < 3 || !code.substring(0, 3).chars().allMatch(Character::isLetter)) {
                continue;
            }
            String gold = ALIASES.getOrDefault(code.substring(0, 3), code.substring(0, 3));
            String sector = a.path("sector").asText("").trim().toUpperCase(Locale.ROOT);
            String goldSector = sector.length() >= 3 && sector.substring(0, 3).chars().allMatch(Character::isLetter)
                    ? sector.substring(0, 3) : null;
            int[] span = locate(text, a.path("actorText").asText());
            Actor predicted = span == null ? null : actorAt(analysis, span[0], span[1]);
            String country = predicted == null || predicted.country() == null ? ""
                    : ALIASES.getOrDefault(predicted.country(), predicted.country());
            items.add(new Item(id, role, a.path("actorText").asText(), gold, country, goldSector,
                    predicted == null ? null : predicted.sector(), span != null));
        }
    }

    private static Actor actorAt(Analysis analysis, int start, int end) {
        Actor best = null;
        int bestOverlap = 0;
        for (Actor a : analysis.actors()) {
            for (var m : a.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = a;
                }
            }
        }
        return best;
    }

    /** The gold actor text in the sentence; "A ... B" markup is searched by its first part. */
    static int[] locate(String text, String actorText) {
        String wanted = actorText.strip().replaceAll("\\s+", " ");
        int ellipsis = wanted.indexOf("...");
        if (ellipsis > 0) {
            wanted = wanted.substring(0, ellipsis).strip();
        }
        if (wanted.isEmpty()) {
            return null;
        }
        String normalised = text.replaceAll("\\s", " ");
        int at = normalised.indexOf(wanted);
        if (at < 0) {
            at = normalised.toLowerCase(Locale.ROOT).indexOf(wanted.toLowerCase(Locale.ROOT));
        }
        if (at < 0) {
            return null;
        }
        return new int[] {at, at + wanted.length()};
    }
}
