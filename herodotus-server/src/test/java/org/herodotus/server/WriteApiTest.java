package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Analysis;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes: the token check, body limits and kinds, deletion, and the changes feed that reports them. */
class WriteApiTest {

    private static final String TOKEN = "correct-horse-battery-staple-42";

    @TempDir
    Path tmp;

    private Store store;
    private DeskServer desk;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        store = Store.open(tmp.resolve("write.duckdb").toString());
        desk = DeskServer.start(ServerConfig.of(store).withTokens(TOKEN, null).withMaxBody(10_000));
        http = new Http(desk.url());
    }

    @AfterEach
    void stop() throws Exception {
        desk.close();
        store.close();
    }

    private Http.Answer post(String token, String type, String body) {
        HttpRequest.Builder r = http.request("/api/articles").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return http.send(r);
    }

    @Test
    void refusesWritesWithoutTheRightToken() {
        String text = "Protest in Dakar\n\nThousands marched in Dakar on Friday.";
        Http.Answer none = post(null, "text/plain", text);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(none.json().get("error").asText()).contains("token");
        assertThat(post("correct-horse-battery-staple-43", "text/plain", text).status()).isEqualTo(401);
        assertThat(post(TOKEN.substring(0, 20), "text/plain", text).status()).isEqualTo(401);
        assertThat(post(TOKEN + "x", "text/plain", text).status()).isEqualTo(401);
        Http.Answer basic = http.send(http.request("/api/articles").header("Authorization", "Basic " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(basic.status()).isEqualTo(401);
        // The right token gets past the check; this server has no pipeline, so it says so.
        assertThat(post(TOKEN, "text/plain", text).status()).isEqualTo(503);
    }

    @Test
    void refusesEveryWriteWhenNoTokenIsConfigured() throws Exception {
        try (DeskServer open = DeskServer.start(ServerConfig.of(store))) {
            Http other = new Http(open.url());
            Http.Answer a = other.send(other.request("/api/articles").header("Content-Type", "text/plain")
                    .header("Authorization", "Bearer anything-at-all-goes-here").POST(HttpRequest.BodyPublishers.ofString("x")));
            assertThat(a.status()).isEqualTo(403);
            assertThat(other.send(other.request("/api/articles/1").DELETE()).status()).isEqualTo(403);
        }
    }

    @Test
    void refusesOversizedEmptyAndUnreadableBodies() {
        Http.Answer big = post(TOKEN, "text/plain", "word ".repeat(3000));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("error").asText()).contains("limit");
        assertThat(post(TOKEN, "text/plain", "").status()).isEqualTo(400);
        assertThat(post(TOKEN, "application/pdf", "%PDF-1.4").status()).isEqualTo(415);
        assertThat(post(TOKEN, "application/json", "{not json").status()).isEqualTo(400);
        assertThat(post(TOKEN, "application/json", "[1, 2]").status()).isEqualTo(400);
        assertThat(post(TOKEN, "application/json", "{\"id\": \"x\"}").status()).isEqualTo(400);
        Http.Answer badUrl = http.send(http.request("/api/articles?url=" + "javascript:alert(1)".replace(":", "%3A"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("A title\n\nA body.")));
        assertThat(badUrl.status()).isEqualTo(400);
    }

    @Test
    void answersAPostWithTheAnalysisWarningsAndNotes() throws Exception {
        Analysis analysed = Articles.goma(7, LocalDate.of(2023, 5, 7));
        Analysis noted = new Analysis(analysed.id(), analysed.url(), analysed.title(), analysed.byline(),
                analysed.published(), analysed.language(), analysed.text(), analysed.bodyStart(), analysed.actors(),
                analysed.places(), analysed.events(), analysed.claims(), analysed.quotes(),
                List.of("goma-7: the text was cut at 25000 words"),
                List.of("goma-7: 1 run of more than 120 words without a sentence end cut into sentences of at most 120"));
        try (DeskServer analysing = DeskServer.start(ServerConfig.of(store).withTokens(TOKEN, null)
                .withAnalyser(doc -> noted))) {
            Http other = new Http(analysing.url());
            Http.Answer a = other.send(other.request("/api/articles").header("Content-Type", "text/plain")
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("A title\n\nA body.")));
            assertThat(a.status()).isEqualTo(201);
            assertThat(a.json().get("warnings").get(0).asText()).contains("cut at 25000 words");
            assertThat(a.json().get("notes").get(0).asText()).contains("without a sentence end");
            assertThat(a.json().has("copyOf")).isFalse();
        }
    }

    @Test
    void deletesAnArticleAndReportsItInTheChangesFeed() throws Exception {
        Instant before = Instant.now().minusSeconds(2);
        store.ingest(Articles.goma(1, LocalDate.of(2023, 5, 1)));
        long id = store.ingest(Articles.goma(2, LocalDate.of(2023, 5, 2))).articleId();
        Http.Answer unauthorised = http.send(http.request("/api/articles/" + id).DELETE());
        assertThat(unauthorised.status()).isEqualTo(401);
        Http.Answer deleted = http.send(http.request("/api/articles/" + id).header("Authorization", "Bearer " + TOKEN).DELETE());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(http.get("/api/articles/" + id).status()).isEqualTo(404);
        assertThat(http.send(http.request("/api/articles/" + id).header("Authorization", "Bearer " + TOKEN).DELETE()).status())
                .isEqualTo(404);

        JsonNode changes = http.get("/api/changes?since=" + before).json();
        List<String> actions = changes.get("items").findValuesAsText("action");
        assertThat(actions).containsExactly("added", "added", "deleted");
        assertThat(changes.get("items").get(2).get("id").asLong()).isEqualTo(id);
        assertThat(changes.get("items").get(0).get("href").asText()).startsWith("/api/articles/");
        // Paged one by one, and resumable: the last token asks only for what came later.
        JsonNode first = http.get("/api/changes?since=" + before + "&limit=1").json();
        assertThat(first.get("items")).hasSize(1);
        String resume = http.get("/api/changes?since=" + before + "&limit=5").json().get("resume").asText();
        assertThat(http.get("/api/changes?cursor=" + resume).json().get("items")).isEmpty();
        store.ingest(Articles.goma(3, LocalDate.of(2023, 5, 3)));
        assertThat(http.get("/api/changes?cursor=" + resume).json().get("items").findValuesAsText("action"))
                .containsExactly("added");
        assertThat(http.get("/api/changes?since=2999-01-01").json().get("items")).isEmpty();
    }

    @Test
    void asksForTheReadTokenWhenOneIsConfigured() throws Exception {
        try (DeskServer closed = DeskServer.start(ServerConfig.of(store).withTokens(TOKEN, "reading-is-for-members-only"))) {
            Http other = new Http(closed.url());
            assertThat(other.get("/api/events").status()).isEqualTo(401);
            assertThat(other.send(other.request("/api/events").header("Authorization", "Bearer reading-is-for-members-only"))
                    .status()).isEqualTo(200);
            assertThat(other.send(other.request("/api/events").header("Authorization", "Bearer " + TOKEN)).status())
                    .isEqualTo(200);
            assertThat(other.send(other.request("/api/events").header("Authorization", "Bearer reading-is-for-members-onlx"))
                    .status()).isEqualTo(401);
            // The API's description holds nothing from the store: its page opens without the token.
            assertThat(other.get("/api/openapi.json").status()).isEqualTo(200);
            assertThat(other.get("/api/docs").status()).isEqualTo(200);
            assertThat(other.get("/api/incidents").status()).isEqualTo(401);
        }
    }

    @Test
    void refusesATooShortWriteToken() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerConfig.of(store).withTokens("short", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
