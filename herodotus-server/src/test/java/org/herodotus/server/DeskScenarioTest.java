package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.Herodotus;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's path through the desk, end to end: the seed article is posted to the API and
 * analysed by the real pipeline; then, in a real headless Chromium, the map shows its markers in
 * Iraq, the incident page lists Kataib Hezbollah, Iran and ISIS in the order and with the
 * certainties of the seed's expected analysis, the article page lights up the claims, brushing
 * the timeline filters the lists, and hostile text stays text. Screenshots are kept under
 * {@code target/screenshots/}. The browser steps are skipped, saying why, where Debian's
 * {@code chromium} and {@code chromium-driver} are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskScenarioTest {

    private static final String TOKEN = "a-token-for-the-scenario-test";
    private static final Path EXAMPLES = Path.of("..", "examples");

    private Store store;
    private DeskServer desk;
    private Http http;
    private WebDriver driver;
    private Path profile;
    private long seedArticle;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        store = Store.open(tmp.resolve("desk.duckdb").toString());
        Pipeline pipeline = Herodotus.pipeline();
        ArticleExtractor extractor = Herodotus.extractor();
        desk = DeskServer.start(ServerConfig.of(store).withTokens(TOKEN, null)
                .withAnalyser(doc -> pipeline.analyze(extractor.extract(doc))));
        http = new Http(desk.url());
        profile = tmp.resolve("chromium-profile");
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        desk.close();
        store.close();
    }

    private Http.Answer post(String path, String type, byte[] body) {
        return http.send(http.request(path).header("Content-Type", type).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    @Order(1)
    void postsTheSeedArticleWhichIsAnalysedAndStoredLikeIngest() throws Exception {
        byte[] seed = Files.readAllBytes(EXAMPLES.resolve("esper-iran-bases.txt"));
        Http.Answer stored = post("/api/articles?published=2019-12-15", "text/plain; charset=utf-8", seed);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("status").asText()).isEqualTo("stored");
        assertThat(stored.json().get("claims").asInt()).isGreaterThanOrEqualTo(3);
        seedArticle = stored.json().get("id").asLong();
        Http.Answer again = post("/api/articles?published=2019-12-15", "text/plain; charset=utf-8", seed);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("unchanged");

        Http.Answer html = post("/api/articles", "text/html", Files.readAllBytes(EXAMPLES.resolve("ceasefire-talks.html")));
        assertThat(html.status()).as(html.body()).isEqualTo(201);
        String json = "{\"id\": \"port\", \"html\": " + Json.MAPPER.writeValueAsString(
                Files.readString(EXAMPLES.resolve("port-drone-attack.html"))) + "}";
        Http.Answer posted = post("/api/articles", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        store.ingest(Articles.hostile());

        // The board as the API gives it: the expected order of the seed's candidates.
        JsonNode board = http.get("/api/incidents/" + seedIncident() + "/board").json().get("candidates");
        List<String> names = new ArrayList<>();
        board.forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsSubsequence("Kataib Hezbollah", "Iran", "Islamic State");
        assertThat(names.get(0)).isEqualTo("Kataib Hezbollah");
    }

    /** The incident of the attacks on the bases: the one the claims about Kataib Hezbollah are about. */
    private long seedIncident() {
        JsonNode claims = http.get("/api/claims?about=" + URLEncoder.encode("Kataib Hezbollah", StandardCharsets.UTF_8)
                + "&certainty=asserted").json().get("items");
        for (JsonNode c : claims) {
            if (c.hasNonNull("incident")) {
                return c.get("incident").asLong();
            }
        }
        throw new AssertionError("no claim about Kataib Hezbollah belongs to an incident: " + claims);
    }

    /** The browser, started on first use; the test is skipped, saying why, when Chromium is not installed. */
    private WebDriver browser() throws IOException {
        if (driver == null) {
            driver = Chromium.start(profile);
        }
        return driver;
    }

    private WebDriverWait waiting() {
        // The desk redraws a view in place: an element found in the old view can be gone by the
        // time the condition reads it, which means only "not yet", so the wait goes on.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void open(String hash) {
        driver.get("about:blank");
        driver.get(desk.url() + hash);
    }

    private void screenshot(String name) throws IOException {
        // Let a map finish zooming first, so the picture shows it as it settles.
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-zoom-anim, .leaflet-cluster-anim")).isEmpty());
        Chromium.screenshot(driver, name);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    @Order(2)
    void theMapShowsTheSeedEventsAsMarkersInIraq() throws IOException {
        browser();
        open("#/");
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("#map path.leaflet-interactive, #map svg path")).isEmpty());
        screenshot("1-home");

        int inIraq = 0;
        for (JsonNode e : http.get("/api/events?country=IRQ&limit=1000").json().get("items")) {
            if (e.hasNonNull("lat")) {
                inIraq++;
            }
        }
        assertThat(inIraq).isGreaterThanOrEqualTo(2);
        int expected = inIraq;
        open("#/?country=IRQ");
        // Every Iraqi event is on the map: as a marker of its own or counted in a cluster.
        waiting().until(d -> shown() == expected);
        @SuppressWarnings("unchecked")
        List<List<Object>> singles = (List<List<Object>>) js("return Array.from(document.querySelectorAll('#map .ev-dot'))"
                + ".map(function (m) { return [m.getAttribute('data-lat'), m.getAttribute('data-lon')]; });");
        for (List<Object> m : singles) {
            assertThat(Double.parseDouble((String) m.get(0))).isBetween(29.0, 37.5);
            assertThat(Double.parseDouble((String) m.get(1))).isBetween(38.7, 48.7);
        }
        screenshot("2-map-iraq");
    }

    @Test
    @Order(3)
    void incidentsHaveMarkersOfTheirOwnThatOpenTheirBoard() throws IOException {
        browser();
        long seed = seedIncident();
        int placed = 0;
        for (JsonNode i : http.get("/api/incidents?country=IRQ&limit=200").json().get("items")) {
            if (i.hasNonNull("lat")) {
                placed++;
            }
        }
        assertThat(placed).isGreaterThanOrEqualTo(1);
        int expected = placed;
        open("#/?country=IRQ");
        // One ring per placed incident, never folded into the events' clusters.
        waiting().until(d -> d.findElements(By.cssSelector("#map .inc-mark")).size() == expected);
        assertThat(driver.findElements(By.cssSelector("#map .marker-cluster .inc-mark, #map .inc-mark.ev-dot"))).isEmpty();
        WebElement ring = driver.findElements(By.cssSelector("#map .inc-mark")).stream()
                .filter(m -> m.getAttribute("data-incident").equals(Long.toString(seed))).findFirst()
                .orElseThrow(() -> new AssertionError("no marker for the seed incident " + seed));
        assertThat(Double.parseDouble(ring.getAttribute("data-lat"))).isBetween(29.0, 37.5);
        assertThat(Double.parseDouble(ring.getAttribute("data-lon"))).isBetween(38.7, 48.7);
        screenshot("2b-incident-markers");
        ring.click();
        waiting().until(d -> ((String) js("return location.hash;")).equals("#/incident/" + seed));
        waiting().until(d -> !d.findElements(By.cssSelector("#board li.candidate")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#map .inc-mark"))).hasSize(1);
    }

    /** Markers on the map: single ones plus those counted in clusters. */
    private int shown() {
        // Read in one script: the clusters are re-drawn while the map settles.
        return ((Number) js("var n = document.querySelectorAll('#map .ev-dot').length;"
                + "document.querySelectorAll('#map .marker-cluster span').forEach(function (s) { n += parseInt(s.textContent, 10); });"
                + "return n;")).intValue();
    }

    @Test
    @Order(4)
    void theIncidentPageListsTheCandidatesInTheExpectedOrderWithTheirCertainties() throws IOException {
        browser();
        open("#/incident/" + seedIncident());
        waiting().until(d -> !d.findElements(By.cssSelector("#board li.candidate")).isEmpty());
        List<String> names = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (WebElement c : driver.findElements(By.cssSelector("#board li.candidate"))) {
            names.add(c.getAttribute("data-name"));
            verdicts.add(c.getAttribute("data-verdict"));
        }
        screenshot("3-incident-board");
        assertThat(names.get(0)).isEqualTo("Kataib Hezbollah");
        assertThat(names).containsSubsequence("Kataib Hezbollah", "Iran", "Islamic State");
        assertThat(verdicts.get(names.indexOf("Kataib Hezbollah"))).isEqualTo("asserted");
        assertThat(verdicts.get(names.indexOf("Iran"))).isIn("possible", "probable");
        assertThat(verdicts.get(names.indexOf("Islamic State"))).isEqualTo("refuted");
        // What the analyst reads: the candidate's name, its verdict badge and the claimant of each claim.
        WebElement kh = driver.findElement(By.cssSelector("#board li.candidate"));
        assertThat(kh.getText()).contains("Kataib Hezbollah").containsIgnoringCase("asserted").contains("military source");
        assertThat(driver.findElement(By.id("board")).getText()).contains("Mark Esper");
    }

    @Test
    @Order(5)
    void theArticlePageHighlightsTheThreeClaimsAndLightsOneUpOnClick() throws IOException {
        browser();
        open("#/article/" + seedArticle);
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text .hl-claim")).isEmpty());
        // a whole analysis: no line of errors or notes
        assertThat(driver.findElements(By.cssSelector("#article-errors, #article-notes"))).isEmpty();
        List<WebElement> claims = driver.findElements(By.cssSelector("#article-claims li.claim"));
        String[][] expected = {{"Kataib Hezbollah", "Kataib Hezbollah"}, {"Iran", "Iran"}, {"Islamic State", "Isis"}};
        for (String[] target : expected) {
            WebElement claim = claims.stream().filter(c -> c.findElements(By.linkText(target[0])).size() > 0).findFirst()
                    .orElseThrow(() -> new AssertionError("no claim about " + target[0] + " listed"));
            claim.click();
            List<WebElement> lit = driver.findElements(By.cssSelector("#article-text .lit"));
            StringBuilder text = new StringBuilder();
            boolean cue = false;
            boolean content = false;
            for (WebElement el : lit) {
                text.append(el.getText());
                cue |= el.getAttribute("class").contains("hl-cue");
                content |= el.getAttribute("class").contains("hl-claim");
            }
            assertThat(text.toString()).as("lit text of the claim about " + target[0]).contains(target[1]);
            assertThat(cue && content).as("cue and content of the claim about " + target[0] + " lit").isTrue();
            if (target[0].equals("Kataib Hezbollah")) {
                screenshot("4-article-claim");
            }
        }
        // Clicking an actor's mention lights all its mentions.
        WebElement esper = driver.findElements(By.cssSelector("#article-text .hl-actor")).stream()
                .filter(e -> e.getText().equals("Esper")).findFirst().orElseThrow();
        esper.click();
        assertThat(driver.findElements(By.cssSelector("#article-text .lit")).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(6)
    void brushingTheTimelineFiltersTheLists() throws IOException {
        browser();
        open("#/");
        waiting().until(d -> !d.findElements(By.cssSelector("#event-list li.event")).isEmpty()
                && !d.findElements(By.cssSelector("#incident-list li.incident")).isEmpty());
        int before = driver.findElements(By.cssSelector("#event-list li.event")).size();
        List<String> incidentDates = dates("#incident-list li.incident");
        assertThat(incidentDates).anyMatch(d -> !d.startsWith("2019")); // other years are listed before brushing
        WebElement bar = driver.findElements(By.cssSelector("#timeline rect.bar")).stream()
                .filter(b -> b.getAttribute("data-day").startsWith("2019")).findFirst().orElseThrow();
        int width = bar.getRect().getWidth();
        new Actions(driver).moveToElement(bar, -width / 2 - 3, 0).clickAndHold().moveByOffset(width + 6, 0).release().perform();
        waiting().until(d -> ((String) js("return location.hash;")).contains("from="));
        waiting().until(d -> !d.findElements(By.cssSelector("#event-list li.event")).isEmpty()
                && !d.findElements(By.cssSelector("#incident-list li.incident")).isEmpty()
                && d.findElements(By.cssSelector("#event-list li.event")).size() < before);
        screenshot("5-timeline-brushed");
        assertThat(dates("#event-list li.event")).allMatch(d -> d.startsWith("2019-12"));
        assertThat(dates("#incident-list li.incident")).allMatch(d -> d.startsWith("2019-12"));
        assertThat(driver.findElements(By.cssSelector("#timeline rect.bar.in"))).isNotEmpty();
        assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).startsWith("2019-");
    }

    private List<String> dates(String selector) {
        List<String> out = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector(selector))) {
            out.add(e.getAttribute(selector.contains("incident") ? "data-date" : "data-day"));
        }
        return out;
    }

    @Test
    @Order(7)
    void hostileTitlesTextsUrlsAndNamesStayText() throws IOException {
        browser();
        long hostile = http.get("/api/articles?text=convoy").json().get("items").get(0).get("id").asLong();
        open("#/article/" + hostile);
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text")).isEmpty());
        screenshot("6-hostile-article");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>window.__pwned=4</script> Attack '\"");
        assertThat(driver.findElement(By.id("article-text")).getText()).contains("<img src=x onerror=\"window.__pwned=1\">");
        assertThat(driver.findElement(By.id("article-errors")).getText())
                .isEqualTo("Analysis incomplete: hostile: <script>window.__pwned=5</script> could not be read");
        assertThat(driver.findElement(By.id("article-notes")).getText())
                .isEqualTo("Notes: hostile: <img src=x onerror=\"window.__pwned=6\"> was cut");
        assertNothingInjected();
        driver.findElement(By.linkText("\"><script>window.__pwned=2</script>")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("\"><script>"));
        assertNothingInjected();
        open("#/?country=IRQ");
        waiting().until(d -> !d.findElements(By.cssSelector("#event-list li.event")).isEmpty());
        assertThat(driver.findElement(By.id("event-list")).getText()).contains("<script>window.__pwned=2</script>");
        assertNothingInjected();
    }

    @Test
    @Order(8)
    void searchFindsTheSeedAndTheActorPageListsWhatEsperClaimed() throws IOException {
        browser();
        open("#/");
        WebElement box = waiting().until(d -> d.findElement(By.id("search-q")));
        box.sendKeys("Hezbollah\n");
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Search"));
        waiting().until(d -> d.findElement(By.id("view")).getText().contains("I suspect Iran is behind attacks on US bases"));
        open("#/actor/" + URLEncoder.encode("Mark Esper", StandardCharsets.UTF_8).replace("+", "%20"));
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Mark Esper"));
        String page = waiting().until(d -> {
            String text = d.findElement(By.id("view")).getText();
            return text.contains("Claims made") ? text : null;
        });
        screenshot("7-actor");
        assertThat(page).contains("Iran").contains("Islamic State");
    }

    private void assertNothingInjected() {
        assertThat(js("return window.__pwned === undefined;")).isEqualTo(true);
        assertThat(js("return document.querySelectorAll('img[src=\"x\"]').length;")).isEqualTo(0L);
        assertThat(js("return document.scripts.length;")).isEqualTo(4L);
        assertThat(js("return document.querySelectorAll('a[href^=\"javascript\"]').length;")).isEqualTo(0L);
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
