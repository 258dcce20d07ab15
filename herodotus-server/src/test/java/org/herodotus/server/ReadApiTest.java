package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every read endpoint on a store of hand-written analyses: answers, filters, pages to the end, formats and bad requests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiTest {

    private static final int GOMA = 12;

    private Store store;
    private DeskServer desk;
    private Http http;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        store = Store.open(tmp.resolve("read.duckdb").toString());
        for (int i = 0; i < GOMA; i++) {
            store.ingest(Articles.goma(i, LocalDate.of(2023, 5, 1).plusDays(i)));
        }
        store.ingest(Articles.baghdad());
        store.ingest(Articles.hostile());
        desk = DeskServer.start(ServerConfig.of(store));
        http = new Http(desk.url());
    }

    @AfterAll
    void stop() throws Exception {
        desk.close();
        store.close();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Follows next tokens from {@code first} to the last page; returns every item's id as {@code id} reads it. */
    private List<String> allPages(String first, Function<JsonNode, String> id) {
        List<String> out = new ArrayList<>();
        String path = first;
        for (int pages = 0; pages < 100; pages++) {
            Http.Answer a = http.get(path);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            JsonNode page = a.json();
            page.get("items").forEach(n -> out.add(id.apply(n)));
            if (page.get("next").isNull()) {
                return out;
            }
            path = first + "&cursor=" + page.get("next").asText();
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void everyReaderComesBackAfterAnswersAndFailures() {
        int free = desk.freeReaders();
        assertThat(free).isEqualTo(ServerConfig.DEFAULT_READERS);
        assertThat(http.get("/api/incidents/987654321").status()).isEqualTo(404);
        assertThat(http.get("/api/events?limit=3").status()).isEqualTo(200);
        assertThat(http.get("/api/events?limit=3&cursor=garbage").status()).isEqualTo(400);
        assertThat(desk.freeReaders()).isEqualTo(free);
    }

    @Test
    void pagesThroughEventsToTheEndWithoutRepeatsOrGaps() {
        List<String> whole = allPages("/api/events?limit=1000", n -> n.get("id").asText());
        List<String> paged = allPages("/api/events?limit=4", n -> n.get("id").asText());
        assertThat(whole).hasSize(GOMA + 2);
        assertThat(paged).containsExactlyElementsOf(whole);
        List<String> days = allPages("/api/events?limit=5", n -> n.get("day").asText());
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void filtersEventsAsTheQueryCommandDoes() {
        assertThat(http.get("/api/events?country=irq").json().get("items")).hasSize(2);
        assertThat(http.get("/api/events?type=ASSAULT,PROTEST&from=2023-05-03&to=2023-05-05").json().get("items")).hasSize(3);
        assertThat(http.get("/api/events?actor=traders").json().get("items")).hasSize(GOMA);
        assertThat(http.get("/api/events?actor_country=USA&sector=MIL").json().get("items")).hasSize(1);
        assertThat(http.get("/api/events?bbox=33,43,35,45").json().get("items")).hasSize(1);
        assertThat(http.get("/api/events?near=-1.68,29.22&radius=10").json().get("items")).hasSize(GOMA);
        assertThat(http.get("/api/events?text=rockets+Balad").json().get("items").get(0).get("place").asText()).isEqualTo("Balad");
        assertThat(http.get("/api/events?incident=999999").json().get("items")).isEmpty();
    }

    @Test
    void writesEveryListingFormatWithTheNextTokenInHeaders() {
        Http.Answer csv = http.get("/api/events?limit=5&format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(6);
        assertThat(csv.header("X-Next-Cursor")).isNotBlank();
        assertThat(csv.header("Link")).contains("rel=\"next\"").contains("cursor=" + csv.header("X-Next-Cursor"));
        JsonNode geo = http.get("/api/events?country=COD&format=geojson&limit=1000").json();
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize(GOMA);
        assertThat(geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(29.2228);
        Http.Answer jsonl = http.get("/api/events?limit=1000&format=jsonl");
        assertThat(jsonl.body().strip().split("\n")).hasSize(GOMA + 2);
        assertThat(jsonl.header("X-Next-Cursor")).isNull();
        assertThat(http.get("/api/incidents?format=geojson").json().get("features")).isNotEmpty();
        assertThat(http.get("/api/claims?format=csv").body()).startsWith("article_id,claim_key,");
        assertThat(http.get("/api/places?format=geojson").json().get("features")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void countsEventsPerDayForTheTimeline() {
        JsonNode d = http.get("/api/events/days?country=COD").json();
        assertThat(d.get("total").asInt()).isEqualTo(GOMA);
        assertThat(d.get("days")).hasSize(GOMA);
        assertThat(d.get("days").get(0).get("day").asText()).isEqualTo("2023-05-01");
    }

    @Test
    void pagesThroughIncidentsAndShowsABoardBestSupportedFirst() {
        List<String> whole = allPages("/api/incidents?limit=1000", n -> n.get("id").asText());
        assertThat(allPages("/api/incidents?limit=2", n -> n.get("id").asText())).containsExactlyElementsOf(whole);
        long balad = http.get("/api/claims?about=" + q("Kataib Hezbollah")).json().get("items").get(0).get("incident").asLong();
        JsonNode one = http.get("/api/incidents/" + balad).json();
        assertThat(one.get("incident").get("place").asText()).isEqualTo("Balad");
        JsonNode candidates = one.get("board").get("candidates");
        assertThat(candidates.get(0).get("name").asText()).isEqualTo("Kataib Hezbollah");
        assertThat(candidates.get(0).get("verdict").asText()).isEqualTo("asserted");
        assertThat(candidates.get(1).get("name").asText()).isEqualTo("Islamic State");
        assertThat(candidates.get(1).get("verdict").asText()).isEqualTo("possible");
        assertThat(one.get("articles").get(0).get("article").get("url").asText()).contains("balad-rockets");
        assertThat(http.get("/api/incidents/" + balad + "/board").json().get("candidates")).hasSize(2);
        assertThat(http.get("/api/incidents/999999").status()).isEqualTo(404);
        assertThat(http.get("/api/incidents/abc").status()).isEqualTo(400);
    }

    @Test
    void listsArticlesAndShowsOneWithItsAnalysis() {
        List<String> whole = allPages("/api/articles?limit=1000", n -> n.get("id").asText());
        assertThat(whole).hasSize(GOMA + 2);
        assertThat(allPages("/api/articles?limit=5", n -> n.get("id").asText())).containsExactlyElementsOf(whole);
        JsonNode found = http.get("/api/articles?text=Balad").json().get("items");
        assertThat(found).hasSize(1);
        JsonNode one = http.get("/api/articles/" + found.get(0).get("id").asText()).json();
        assertThat(one.get("analysis").get("claims")).hasSize(2);
        assertThat(one.get("incidents").get("e1").isNumber()).isTrue();
        assertThat(http.get("/api/articles/424242").status()).isEqualTo(404);
        assertThat(http.get("/api/articles?outlet=lakes-news.example&limit=1000").json().get("items")).hasSize(GOMA);
    }

    @Test
    void findsClaimsActorsPlacesAndSources() {
        assertThat(http.get("/api/claims?claimant=" + q("Congolese army") + "&limit=1000").json().get("items")).hasSize(GOMA);
        assertThat(allPages("/api/claims?limit=5", n -> n.get("articleId") + "/" + n.get("claimKey").asText()))
                .doesNotHaveDuplicates().hasSize(GOMA + 3);
        assertThat(http.get("/api/claims?certainty=possible").json().get("items").get(0).get("attributedTo").asText())
                .isEqualTo("Islamic State");
        List<String> actors = allPages("/api/actors?limit=2", n -> n.get("name").asText());
        assertThat(actors).isSorted().contains("traders", "United States military");
        JsonNode traders = http.get("/api/actors/traders").json();
        assertThat(traders.get("asRecipient")).hasSize(GOMA);
        assertThat(traders.get("asActor")).isEmpty();
        JsonNode kh = http.get("/api/actors/" + q("Kataib Hezbollah").replace("+", "%20")).json();
        assertThat(kh.get("claimsAbout")).hasSize(1);
        assertThat(http.get("/api/actors/nobody-at-all").status()).isEqualTo(404);
        assertThat(allPages("/api/places?limit=1", n -> n.get("name").asText())).contains("Goma", "Balad", "Kirkuk");
        assertThat(allPages("/api/sources?limit=1", n -> n.get("name").asText())).contains("lakes-news.example",
                "gulf-desk.example");
        JsonNode source = http.get("/api/sources/lakes-news.example").json();
        assertThat(source.get("articles")).hasSize(GOMA);
        assertThat(source.get("coverage")).hasSize(GOMA);
        assertThat(http.get("/api/sources/nowhere.example").status()).isEqualTo(404);
    }

    @Test
    void searchesEventsArticlesAndActors() {
        JsonNode r = http.get("/api/search?q=rockets").json();
        assertThat(r.get("events")).hasSize(1);
        assertThat(r.get("articles")).hasSize(1);
        assertThat(http.get("/api/search?q=traders").json().get("actors").get(0).get("name").asText()).isEqualTo("traders");
        assertThat(http.get("/api/search").status()).isEqualTo(400);
    }

    @Test
    void returnsHostileTextVerbatimAsJsonData() {
        JsonNode hostile = http.get("/api/articles?text=convoy").json().get("items").get(0);
        assertThat(hostile.get("title").asText()).isEqualTo("<script>window.__pwned=4</script> Attack '\"");
        Http.Answer raw = http.get("/api/articles/" + hostile.get("id").asText());
        assertThat(raw.header("Content-Type")).startsWith("application/json");
        assertThat(raw.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(raw.json().get("analysis").get("actors").get(0).get("name").asText()).startsWith("\"><script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?bogus=1", "/api/events?from=2023-13-01", "/api/events?from=2023-05-02&to=2023-05-01",
        "/api/events?bbox=1,2,3", "/api/events?bbox=10,0,0,10", "/api/events?bbox=0,0,95,10", "/api/events?near=1,2&radius=-3",
        "/api/events?radius=3", "/api/events?limit=0", "/api/events?limit=5000", "/api/events?limit=ten",
        "/api/events?cursor=%21%21", "/api/events?type=DROP%20TABLE", "/api/events?country=I%27RQ",
        "/api/events?limit=1&limit=2", "/api/incidents?min_sources=0", "/api/claims?certainty=sure",
        "/api/changes?since=yesterday", "/api/articles?cursor=eA", "/api/events?near=1,NaN"})
    void answersBadParametersWith400AndAJsonError(String path) {
        Http.Answer a = http.get(path);
        assertThat(a.status()).as(path).isEqualTo(400);
        assertThat(a.json().get("status").asInt()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).isNotBlank();
    }

    @Test
    void refusesACursorOfAnotherListing() {
        String eventsNext = http.get("/api/events?limit=1").json().get("next").asText();
        Http.Answer a = http.get("/api/articles?cursor=" + eventsNext);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).contains("cursor");
    }

    @Test
    void answersUnknownPathsAndMethodsWithJsonErrors() {
        Http.Answer missing = http.get("/api/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void servesTheUiAndEveryResponseWithAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/app.js", "/api/health", "/api/events", "/api/docs",
                "/vendor/world-atlas/countries-50m.json", "/vendor/leaflet/leaflet.js")) {
            Http.Answer a = http.get(path);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.header("Content-Security-Policy")).as(path).isEqualTo(DeskServer.CSP).contains("script-src 'self'")
                    .doesNotContain("unsafe");
            assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
        }
        assertThat(http.get("/").body()).doesNotContain("<script>").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void documentsEveryEndpointItServesInItsOpenApiDocument() {
        JsonNode doc = http.get("/api/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Iterator<String> paths = doc.get("paths").fieldNames();
        int checked = 0;
        while (paths.hasNext()) {
            String path = paths.next();
            if (!doc.get("paths").get(path).has("get")) {
                continue;
            }
            String concrete = path.replace("{id}", "1").replace("{name}", "traders") + (path.equals("/api/search") ? "?q=x" : "");
            int status = http.get(concrete).status();
            assertThat(status).as(concrete).isIn(200, 404);
            if (!path.contains("{")) {
                assertThat(status).as(concrete).isEqualTo(200);
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(ServerConfig.of(store).bind()).isEqualTo("127.0.0.1");
        assertThat(desk.url()).startsWith("http://127.0.0.1:");
    }
}
