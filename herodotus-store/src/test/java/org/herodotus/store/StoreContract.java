package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Analysis;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Place;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every store back end must have. Subclasses say how to open a fresh, empty store;
 * the same tests then run against DuckDB and against a real PostgreSQL server.
 */
abstract class StoreContract {

    @TempDir
    Path tmp;

    Store store;

    /** A fresh, empty store location (file path or JDBC URL). */
    abstract String freshLocation() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = Store.open(freshLocation());
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void opensWithEveryMigrationAppliedOnce() throws Exception {
        int latest = new Migrations(store.dialect()).latest();
        assertThat(store.schemaVersion()).isEqualTo(latest).isGreaterThanOrEqualTo(2);
        String where = store.location();
        store.close();
        store = Store.open(where);
        assertThat(store.schemaVersion()).isEqualTo(latest);
    }

    @Test
    void storesAnArticleWithAllItsRecords() throws Exception {
        Analysis seed = Fixtures.seed();
        IngestResult r = store.ingest(seed);
        assertThat(r.status()).isEqualTo(IngestResult.Status.STORED);
        assertThat(r.key()).isEqualTo("https://www.example-news.it/2019/12/esper-iran-bases");
        Map<String, Long> counts = store.counts();
        assertThat(counts.get("articles")).isEqualTo(1);
        assertThat(counts.get("actors")).isEqualTo(seed.actors().size());
        assertThat(counts.get("places")).isEqualTo(seed.places().size());
        assertThat(counts.get("events")).isEqualTo(seed.events().size());
        assertThat(counts.get("claims")).isEqualTo(seed.claims().size());
        assertThat(store.analysisJson(r.key())).get().asString().contains("\"attributedTo\"");
        Place iraq = seed.places().stream().filter(p -> p.name().equals("Iraq")).findFirst().orElseThrow();
        assertThat(iraq.mentions()).hasSizeGreaterThan(1);
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT start_off, mentions FROM places WHERE name = 'Iraq'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(iraq.start());
            assertThat(rs.getInt(2)).isEqualTo(iraq.mentions().size());
        }
    }

    @Test
    void ingestingTheSameArticleTwiceChangesNothing() throws Exception {
        store.ingest(Fixtures.seed());
        Map<String, Long> before = store.counts();
        List<Incident> incidentsBefore = store.incidents(IncidentFilter.all());
        IngestResult again = store.ingest(Fixtures.seed());
        assertThat(again.status()).isEqualTo(IngestResult.Status.UNCHANGED);
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.incidents(IncidentFilter.all())).isEqualTo(incidentsBefore);
    }

    @Test
    void articleWithoutUrlIsRecognisedByItsText() throws Exception {
        Analysis seed = Fixtures.seed();
        Analysis noUrl = new Analysis("a.txt", null, seed.title(), null, seed.published(), "en", seed.text(),
                seed.actors(), seed.places(), seed.events(), seed.claims(), List.of());
        Analysis otherFileSameText = new Analysis("copy-of-a.txt", null, seed.title(), null, seed.published(), "en",
                seed.text(), seed.actors(), seed.places(), seed.events(), seed.claims(), List.of());
        IngestResult first = store.ingest(noUrl);
        assertThat(first.key()).startsWith("sha256:");
        assertThat(store.ingest(noUrl).status()).isEqualTo(IngestResult.Status.UNCHANGED);
        // Same text, another file name: the same article, its record replaced by the new one.
        assertThat(store.ingest(otherFileSameText).status()).isEqualTo(IngestResult.Status.REPLACED);
        assertThat(store.counts().get("articles")).isEqualTo(1);
    }

    @Test
    void articleWithoutUrlIsRecognisedByItsBodyWhicheverHeadlineStandsBeforeIt() throws Exception {
        Analysis seed = Fixtures.seed();
        Analysis bodyOnly = new Analysis("a.txt", null, null, null, seed.published(), "en", seed.text(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        String headline = "Pentagon chief suspects Iran over base attacks";
        Analysis headed = new Analysis("a.jsonl", null, headline, null, seed.published(), "en",
                headline + "\n\n" + seed.text(), headline.length() + 2, List.of(), List.of(), List.of(), List.of(), List.of());
        IngestResult first = store.ingest(bodyOnly);
        IngestResult second = store.ingest(headed);
        assertThat(second.key()).isEqualTo(first.key());
        assertThat(second.status()).isEqualTo(IngestResult.Status.REPLACED);
        assertThat(store.counts().get("articles")).isEqualTo(1);
        assertThat(store.analysisJson(second.key())).get().asString().contains("\"bodyStart\":" + (headline.length() + 2));
    }

    @Test
    void changedArticleReplacesItsOwnRecordsAndNothingElse() throws Exception {
        store.ingest(Fixtures.seedFollowUp());
        Analysis seed = Fixtures.seed();
        store.ingest(seed);
        Map<String, Long> before = store.counts();
        // The outlet corrects the article: the ISIS event is withdrawn.
        List<Event> fewer = new ArrayList<>(seed.events());
        fewer.remove(fewer.size() - 1);
        Analysis corrected = new Analysis(seed.id(), seed.url(), seed.title() + " (updated)", null, seed.published(),
                "en", seed.text(), seed.actors(), seed.places(), fewer, seed.claims(), List.of());
        IngestResult r = store.ingest(corrected);
        assertThat(r.status()).isEqualTo(IngestResult.Status.REPLACED);
        Map<String, Long> after = store.counts();
        assertThat(after.get("articles")).isEqualTo(before.get("articles"));
        assertThat(after.get("events")).isEqualTo(before.get("events") - 1);
        assertThat(after.get("claims")).isEqualTo(before.get("claims"));
        assertThat(store.events(EventQuery.all().withActor("Islamic State"))).isEmpty();
        assertThat(store.events(EventQuery.all().withActor("Kataib Hezbollah").withLimit(10))).isEmpty();
        // The follow-up article's records are untouched.
        assertThat(store.events(EventQuery.all().withText("Kirkuk"))).hasSize(1);
        // The text index follows the corrected title.
        assertThat(store.events(EventQuery.all().withText("updated"))).hasSize(fewer.size());
        assertThat(orphans()).isZero();
    }

    @Test
    void malformedAnalysisIsRejectedWholeAndLeavesTheStoredVersionIntact() throws Exception {
        Analysis seed = Fixtures.seed();
        store.ingest(seed);
        Map<String, Long> before = store.counts();
        String storedJson = store.analysisJson(seed.url()).orElseThrow();
        List<Event> broken = new ArrayList<>(seed.events());
        Event last = broken.remove(broken.size() - 1);
        broken.add(new Event(last.id(), last.event(), last.mode(), List.of("a99"), last.recipients(), last.place(),
                last.date(), false, Modality.ASSERTED, 4, -10.0, last.trigger(), last.sentence(), List.of()));
        Analysis bad = new Analysis(seed.id(), seed.url(), "changed", null, seed.published(), "en", seed.text(),
                seed.actors(), seed.places(), broken, seed.claims(), List.of());
        IngestResult r = store.ingest(bad);
        assertThat(r.status()).isEqualTo(IngestResult.Status.REJECTED);
        assertThat(r.problems()).anyMatch(p -> p.contains("a99"));
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.analysisJson(seed.url())).contains(storedJson);

        Analysis outOfText = new Analysis("x", "https://example.org/x", "x", null, null, "en", "Short text.",
                List.of(), List.of(), List.of(new Event("e1", "ASSAULT", null, List.of(), List.of(), null, "2024-02-31",
                false, null, null, null, new org.herodotus.model.Span(3, 400), null, List.of())), List.of(), List.of());
        IngestResult r2 = store.ingest(outOfText);
        assertThat(r2.status()).isEqualTo(IngestResult.Status.REJECTED);
        assertThat(r2.problems()).anyMatch(p -> p.contains("outside the text")).anyMatch(p -> p.contains("2024-02-31"));
        assertThat(store.article("https://example.org/x")).isEmpty();
        assertThat(store.counts()).isEqualTo(before);
    }

    @Test
    void seedArticleMakesOneIncidentOfTheAttacksOnUsBases() throws Exception {
        store.ingest(Fixtures.seed());
        List<Incident> assaults = store.incidents(IncidentFilter.all().withEvent("ASSAULT").withCountry("IRQ"));
        // The wave of attacks on US bases, and apart from it ISIS attacks on civilians.
        assertThat(assaults).hasSize(2);
        Incident bases = assaults.stream().filter(i -> i.events() == 4).findFirst().orElseThrow();
        assertThat(bases.label()).contains("attacks on US military bases in Iraq");
        assertThat(bases.place()).isEqualTo("Iraq");
        assertThat(bases.articles()).isEqualTo(1);
        assertThat(bases.firstSeen()).isEqualTo(LocalDate.of(2019, 12, 15));
        assertThat(store.incidents(IncidentFilter.all().withEvent("ASSAULT").withCountry("SYR"))).hasSize(1);
    }

    @Test
    void boardRanksKataibHezbollahThenIranThenIsis() throws Exception {
        store.ingest(Fixtures.seed());
        Incident bases = store.incidents(IncidentFilter.all().withEvent("ASSAULT").withCountry("IRQ")).stream()
                .filter(i -> i.events() == 4).findFirst().orElseThrow();
        AttributionBoard board = store.board(bases.id());
        assertThat(board.candidates()).extracting(AttributionBoard.Candidate::name)
                .containsExactly("Kataib Hezbollah", "Iran", "Islamic State");
        assertThat(board.candidates()).extracting(AttributionBoard.Candidate::verdict)
                .containsExactly("asserted", "possible", "refuted");
        AttributionBoard.Candidate kh = board.candidates().get(0);
        // Two unnamed sources in one article count as one claimant.
        assertThat(kh.claimants()).isEqualTo(1);
        assertThat(kh.claims()).hasSize(2);
        assertThat(kh.claims().get(0).content()).isEqualTo("The perpetrators are the militiamen of Kataib Hezbollah");
        AttributionBoard.Candidate iran = board.candidates().get(1);
        assertThat(iran.claims()).singleElement().satisfies(c -> {
            assertThat(c.claimant()).isEqualTo("Mark Esper");
            assertThat(c.cue()).isEqualTo("My suspicion is");
            assertThat(c.url()).isEqualTo("https://www.example-news.it/2019/12/esper-iran-bases");
        });
        assertThat(board.candidates().get(2).claims()).singleElement()
                .satisfies(c -> assertThat(c.against()).isTrue());
    }

    @Test
    void aSecondSourceStrengthensItsCandidateOnTheSameBoard() throws Exception {
        store.ingest(Fixtures.seed());
        store.ingest(Fixtures.seedFollowUp());
        Incident bases = store.incidents(IncidentFilter.all().withEvent("ASSAULT").withCountry("IRQ")).stream()
                .filter(i -> i.articles() == 2).findFirst().orElseThrow();
        assertThat(bases.sources()).isEqualTo(2);
        assertThat(bases.lastSeen()).isEqualTo(LocalDate.of(2019, 12, 17));
        AttributionBoard.Candidate kh = store.board(bases.id()).candidates().get(0);
        assertThat(kh.name()).isEqualTo("Kataib Hezbollah");
        assertThat(kh.sources()).isEqualTo(2);
        assertThat(kh.claimants()).isEqualTo(2);
        assertThat(kh.claims()).extracting(AttributionBoard.Entry::published)
                .isSorted().last().isEqualTo(LocalDate.of(2019, 12, 17));
    }

    @Test
    void fiftyOutletsReportingOneKidnappingMakeOneIncident() throws Exception {
        for (Analysis a : Fixtures.kurigaFiftyOutlets()) {
            assertThat(store.ingest(a).status()).isEqualTo(IngestResult.Status.STORED);
        }
        List<Incident> incidents = store.incidents(IncidentFilter.all());
        assertThat(incidents).hasSize(1);
        Incident kuriga = incidents.get(0);
        assertThat(kuriga.articles()).isEqualTo(50);
        assertThat(kuriga.events()).isEqualTo(50);
        // 40 wire copies are one source; the ten outlets that wrote their own stories are ten more.
        assertThat(kuriga.sources()).isEqualTo(11);
        assertThat(kuriga.place()).isEqualTo("Kuriga");
        assertThat(kuriga.date()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(kuriga.firstSeen()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(kuriga.lastSeen()).isEqualTo(LocalDate.of(2024, 3, 9));
        AttributionBoard board = store.board(kuriga.id());
        assertThat(board.candidates().get(0).name()).isEqualTo("bandits");
        assertThat(board.candidates().get(0).sources()).isEqualTo(1);
    }

    @Test
    void aBatchStoresWhatOneByOneStores() throws Exception {
        List<Analysis> all = new ArrayList<>(Fixtures.kurigaFiftyOutlets());
        all.addAll(Fixtures.kabulAttacks());
        all.add(Fixtures.seed());
        all.add(Fixtures.wireCopy(0)); // the same article again, inside the batch
        List<IngestResult> results = store.ingest(all);
        assertThat(results).hasSize(all.size());
        assertThat(results.get(results.size() - 1).status()).isEqualTo(IngestResult.Status.UNCHANGED);
        assertThat(results.get(3).copyOf()).isEqualTo(results.get(0).articleId());
        Map<String, Long> batched = store.counts();
        List<String> incidents = summary(store.incidents(IncidentFilter.all()));
        store.close();
        store = Store.open(freshLocation());
        for (Analysis a : all) {
            store.ingest(a);
        }
        assertThat(store.counts()).isEqualTo(batched);
        assertThat(summary(store.incidents(IncidentFilter.all()))).containsExactlyInAnyOrderElementsOf(incidents);
    }

    @Test
    void aLargeBatchIsStoredWhole() throws Exception {
        // Hundreds of articles in one transaction: thousands of events to merge at once.
        org.herodotus.store.bench.SyntheticCorpus corpus = new org.herodotus.store.bench.SyntheticCorpus(5).expecting(400);
        List<Analysis> batch = new ArrayList<>();
        long events = 0;
        for (int i = 0; i < 400; i++) {
            Analysis a = corpus.next();
            events += a.events().size();
            batch.add(a);
        }
        assertThat(store.ingest(batch)).allMatch(r -> r.status() == IngestResult.Status.STORED);
        assertThat(store.counts().get("articles")).isEqualTo(400);
        assertThat(store.counts().get("events")).isEqualTo(events);
        assertThat(store.incidents(IncidentFilter.all())).isNotEmpty().allMatch(i -> i.events() > 0);
        assertThat(orphans()).isZero();
    }

    @Test
    void wireCopiesPointToTheOriginal() throws Exception {
        IngestResult original = store.ingest(Fixtures.wireCopy(0));
        for (int n = 1; n < 5; n++) {
            IngestResult copy = store.ingest(Fixtures.wireCopy(n));
            assertThat(copy.copyOf()).as("copy %d", n).isEqualTo(original.articleId());
        }
        for (Analysis own : Fixtures.ownReports()) {
            assertThat(store.ingest(own).copyOf()).as(own.id()).isNull();
        }
    }

    @Test
    void distinctNearbyAttacksOnDifferentDaysStayApart() throws Exception {
        for (Analysis a : Fixtures.kabulAttacks()) {
            store.ingest(a);
        }
        List<Incident> incidents = store.incidents(IncidentFilter.all());
        assertThat(incidents).hasSize(2);
        Incident market = incidents.stream().filter(i -> "Shahr-e Naw".equals(i.place())).findFirst().orElseThrow();
        Incident mosque = incidents.stream().filter(i -> "Dasht-e Barchi".equals(i.place())).findFirst().orElseThrow();
        assertThat(market.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(mosque.date()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(market.articles()).isEqualTo(2);
        assertThat(mosque.articles()).isEqualTo(2);
        AttributionBoard marketBoard = store.board(market.id());
        assertThat(marketBoard.candidates()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Islamic State");
            assertThat(c.verdict()).isEqualTo("asserted");
        });
        assertThat(store.board(mosque.id()).candidates()).singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo("probable"));
    }

    @Test
    void kidnappingsInTwoStatesTwoDaysApartStayApart() throws Exception {
        for (Analysis a : Fixtures.ownReports()) {
            store.ingest(a);
        }
        store.ingest(Fixtures.sokotoKidnapping());
        assertThat(store.incidents(IncidentFilter.all())).hasSize(2)
                .extracting(Incident::place).containsExactlyInAnyOrder("Kuriga", "Gidan Bakuso");
    }

    @Test
    void rebuildingIncidentsGivesTheSameIncidents() throws Exception {
        for (Analysis a : Fixtures.kabulAttacks()) {
            store.ingest(a);
        }
        store.ingest(Fixtures.seed());
        List<String> before = summary(store.incidents(IncidentFilter.all()));
        assertThat(store.rebuildIncidents()).isEqualTo(before.size());
        assertThat(summary(store.incidents(IncidentFilter.all()))).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<String> summary(List<Incident> incidents) {
        return incidents.stream().map(i -> i.event() + "|" + i.place() + "|" + i.date() + "|" + i.events() + "|"
                + i.articles() + "|" + i.sources() + "|" + i.label()).toList();
    }

    @Test
    void queriesFilterByEveryField() throws Exception {
        store.ingest(Fixtures.seed());
        for (Analysis a : Fixtures.kabulAttacks()) {
            store.ingest(a);
        }
        store.ingest(Fixtures.sokotoKidnapping());
        long all = store.counts().get("events");
        assertThat(store.events(EventQuery.all())).hasSize((int) all);
        assertThat(store.events(EventQuery.all().withActor("kataib hezbollah"))).isEmpty();
        assertThat(store.events(EventQuery.all().withActor("mark esper")))
                .singleElement().satisfies(e -> assertThat(e.event()).isEqualTo("CONSULT"));
        assertThat(store.events(EventQuery.all().withActor("islamic*")))
                .singleElement().satisfies(e -> assertThat(e.trigger()).isEqualTo("attacks"));
        assertThat(store.events(EventQuery.all().withActorCountry("USA").withSector("MIL"))).hasSize(4);
        assertThat(store.events(EventQuery.all().withSector("REL")))
                .singleElement().satisfies(e -> assertThat(e.place()).isEqualTo("Dasht-e Barchi"));
        assertThat(store.events(EventQuery.all().withCountry("AFG"))).hasSize(4);
        assertThat(store.events(EventQuery.all().withTypes(List.of("consult", "MOBILIZE")))).hasSize(2);
        // Around Kabul: the two attacks and their follow-ups.
        assertThat(store.events(EventQuery.all().withBbox(new EventQuery.BoundingBox(34.4, 69.0, 34.6, 69.3)))).hasSize(4);
        // Within 3 km of the market: only the market bombing reports.
        assertThat(store.events(EventQuery.all().withNear(new EventQuery.Circle(34.533, 69.165, 3))))
                .hasSize(2).allSatisfy(e -> assertThat(e.place()).isEqualTo("Shahr-e Naw"));
        assertThat(store.events(EventQuery.all().withCountry("AFG")
                .withDates(LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 9)))).hasSize(2);
        assertThat(store.events(EventQuery.all().withText("Amaq news")))
                .singleElement().satisfies(e -> assertThat(e.url()).contains("market-blast"));
        assertThat(store.events(EventQuery.all().withText("amaq television"))).isEmpty();
        assertThat(store.events(EventQuery.all().withText("!!"))).as("a search for no word finds nothing").isEmpty();
        Incident mosque = store.incidents(IncidentFilter.all().withCountry("AFG")).stream()
                .filter(i -> "Dasht-e Barchi".equals(i.place())).findFirst().orElseThrow();
        assertThat(store.events(EventQuery.all().withIncident(mosque.id()))).hasSize(2);
        List<EventRow> newest = store.events(EventQuery.all().withLimit(3));
        assertThat(newest).hasSize(3).extracting(EventRow::day).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(newest.get(0).day()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void aLimitedQueryReturnsTheNewestRowsOfTheFullAnswer() throws Exception {
        // Limited queries take other paths than full ones (newest ids first, participants joined,
        // text tested on the newest candidates first): they must still give the same rows.
        SyntheticCorpus corpus = new SyntheticCorpus(7).expecting(300);
        List<Analysis> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            articles.add(corpus.next());
        }
        store.ingest(articles);
        List<String> countries = SyntheticCorpus.countries();
        List<EventQuery> queries = List.of(
                EventQuery.all().withActor(corpus.actorName(3)),
                EventQuery.all().withActor(corpus.actorName(17).substring(0, 4) + "*"),
                EventQuery.all().withActorCountry(countries.get(2)).withSector("GOV"),
                EventQuery.all().withText(corpus.word(0)),
                EventQuery.all().withText(corpus.word(10) + " " + corpus.word(20)),
                EventQuery.all().withText(corpus.word(5)).withCountry(countries.get(4)),
                EventQuery.all().withTypes(List.of("AID")).withCountry(countries.get(1)).withSector("MIL"));
        for (EventQuery q : queries) {
            List<Long> newestFirst = store.events(q).stream()
                    .sorted(java.util.Comparator.comparing(EventRow::day).thenComparing(EventRow::id).reversed())
                    .map(EventRow::id).toList();
            assertThat(newestFirst).as("%s", q).isNotEmpty();
            for (int limit : new int[] {1, 20, newestFirst.size() + 5}) {
                assertThat(store.events(q.withLimit(limit))).as("%s, limit %d", q, limit).extracting(EventRow::id)
                        .containsExactlyElementsOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
            }
        }
    }

    @Test
    void exportsEveryFormat() throws Exception {
        store.ingest(Fixtures.seed());
        for (Analysis a : Fixtures.kabulAttacks()) {
            store.ingest(a);
        }
        long all = store.counts().get("events");
        Exporter exporter = new Exporter(store);
        ObjectMapper json = new ObjectMapper();

        String jsonl = export(exporter, ExportFormat.JSONL);
        assertThat(jsonl.lines()).hasSize((int) all);
        JsonNode first = json.readTree(jsonl.lines().findFirst().orElseThrow());
        assertThat(first.get("url").asText()).startsWith("https://");
        assertThat(first.get("sentence").asText()).isNotBlank();

        String csv = export(exporter, ExportFormat.CSV);
        assertThat(csv.split("\r\n")).hasSize((int) all + 1);
        assertThat(csv).startsWith("id,event_key,incident,event,");
        assertThat(csv).contains("\"A suicide bomber attacked a crowded market in Kabul's Shar-e Naw district on Tuesday, killing six people, police said.\"");

        JsonNode geo = json.readTree(export(exporter, ExportFormat.GEOJSON));
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize((int) all - 1); // the phone call has no place
        JsonNode point = geo.get("features").get(0).get("geometry");
        assertThat(point.get("type").asText()).isEqualTo("Point");
        assertThat(point.get("coordinates")).hasSize(2);

        String plover = export(exporter, ExportFormat.PLOVER);
        JsonNode market = null;
        for (String line : plover.lines().toList()) {
            JsonNode r = json.readTree(line);
            assertThat(r.get("id").asText()).startsWith("herodotus-");
            assertThat(r.get("event").isArray()).isTrue();
            assertThat(r.get("cite_info").get("url").asText()).startsWith("https://");
            if (r.get("cite_info").get("url").asText().contains("market-blast")) {
                market = r;
            }
        }
        assertThat(market).isNotNull();
        assertThat(market.get("date").asText()).isEqualTo("2024-03-05");
        assertThat(market.get("event").get(0).asText()).isEqualTo("ASSAULT");
        assertThat(market.get("recipient").get(0).get("code").asText()).isEqualTo("AFG");
        assertThat(market.get("event_loc").get("latitude").asDouble()).isEqualTo(34.533);
        assertThat(market.get("link").asText()).startsWith("incident-");
        assertThat(market.get("cite_info").get("publication").asText()).isEqualTo("tolonews.example");

        Path parquet = tmp.resolve("out/events.parquet");
        assertThat(exporter.writeParquet(EventQuery.all(), parquet)).isEqualTo(all);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT incident), max(len(recipients)), "
                     + "min(day), any_value(url) FILTER (WHERE place = 'Dasht-e Barchi') FROM read_parquet('"
                     + parquet.toString().replace("'", "''") + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(all);
            assertThat(rs.getLong(2)).isPositive();
            assertThat(rs.getInt(3)).isEqualTo(1);
            assertThat(rs.getDate(4).toLocalDate()).isEqualTo(LocalDate.of(2019, 12, 14));
            assertThat(rs.getString(5)).contains("khaama");
        }
    }

    @Test
    void exportHonoursTheQuery() throws Exception {
        store.ingest(Fixtures.seed());
        for (Analysis a : Fixtures.kabulAttacks()) {
            store.ingest(a);
        }
        String jsonl = export(new Exporter(store), ExportFormat.JSONL, EventQuery.all().withCountry("AFG"));
        assertThat(jsonl.lines()).hasSize(4);
        assertThatThrownBy(() -> new Exporter(store).write(EventQuery.all(), ExportFormat.PARQUET, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String export(Exporter exporter, ExportFormat format) throws Exception {
        return export(exporter, format, EventQuery.all());
    }

    private static String export(Exporter exporter, ExportFormat format, EventQuery q) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(q, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Rows of any table that point to an article that is not stored. */
    long orphans() throws SQLException {
        long n = 0;
        try (Statement s = store.connection().createStatement()) {
            for (String t : List.of("actors", "places", "events", "event_actors", "claims", "article_bands", "article_words")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t
                        + " x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)")) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events e WHERE e.incident_id IS NOT NULL "
                    + "AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = e.incident_id)")) {
                rs.next();
                n += rs.getLong(1);
            }
        } finally {
            store.connection().rollback();
        }
        return n;
    }

    @Test
    void repairsAnArticleThatAFailedWriteLeftNotWhole() throws Exception {
        Analysis seed = Fixtures.seed();
        IngestResult first = store.ingest(seed);
        Map<String, Long> whole = store.counts();
        // What a commit cut short by a full disk left behind: the article row without some of its records.
        try (Statement s = store.connection().createStatement()) {
            s.execute("DELETE FROM claims WHERE article_id = " + first.articleId());
            s.execute("DELETE FROM article_words WHERE article_id = " + first.articleId());
        }
        store.connection().commit();
        assertThat(store.counts().get("claims")).isZero();

        IngestResult again = store.ingest(seed);
        assertThat(again.status()).isEqualTo(IngestResult.Status.REPAIRED);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(store.counts()).isEqualTo(whole);
        assertThat(store.ingest(seed).status()).isEqualTo(IngestResult.Status.UNCHANGED);
    }

    @Test
    void readsTheArticlesOfManyKeysAtOnceLeavingOutUnknownKeys() throws Exception {
        IngestResult original = store.ingest(Fixtures.wireCopy(0));
        IngestResult copy = store.ingest(Fixtures.wireCopy(1));
        String originalKey = store.article(original.articleId()).orElseThrow().key();
        String copyKey = store.article(copy.articleId()).orElseThrow().key();
        List<ArticleRow> found = store.articlesByKeys(List.of(copyKey, "https://nowhere.example/none", originalKey, copyKey));
        assertThat(found).extracting(ArticleRow::id).containsExactly(original.articleId(), copy.articleId());
        assertThat(found.get(1)).isEqualTo(store.articleByKey(copyKey).orElseThrow());
        assertThat(found.get(1).copyOf()).isEqualTo(original.articleId());
        assertThat(store.articlesByKeys(List.of())).isEmpty();
    }

    @Test
    void anOriginalStoredAgainAfterItsCopyStaysTheOriginal() throws Exception {
        IngestResult original = store.ingest(Fixtures.wireCopy(0));
        assertThat(store.ingest(Fixtures.wireCopy(2)).copyOf()).isEqualTo(original.articleId());
        Analysis seed = Fixtures.wireCopy(0);
        // The wire service corrects its headline: the original is stored again, after its copy.
        Analysis corrected = new Analysis(seed.id(), seed.url(), seed.title() + " (updated)", null, seed.published(),
                seed.language(), seed.text(), seed.actors(), seed.places(), seed.events(), seed.claims(), List.of());
        IngestResult again = store.ingest(corrected);
        assertThat(again.status()).isEqualTo(IngestResult.Status.REPLACED);
        assertThat(again.articleId()).isEqualTo(original.articleId());
        assertThat(again.copyOf()).isNull();
    }

    @Test
    void pagesThroughEventsNewestFirstWithoutRepeatsOrGaps() throws Exception {
        store.ingest(Fixtures.seed());
        store.ingest(Fixtures.seedFollowUp());
        List<EventRow> all = store.events(EventQuery.all().withLimit(1000));
        List<Long> paged = new ArrayList<>();
        EventQuery.Position position = null;
        for (int pages = 0; pages < 20; pages++) {
            List<EventRow> page = store.events(EventQuery.all().withLimit(3).withBefore(position));
            page.forEach(r -> paged.add(r.id()));
            if (page.size() < 3) {
                break;
            }
            position = EventQuery.Position.of(page.get(page.size() - 1));
        }
        assertThat(paged).containsExactlyElementsOf(all.stream().map(EventRow::id).toList());
        assertThat(paged).doesNotHaveDuplicates().hasSize(9);
        List<EventRow> older = store.events(EventQuery.all().withTypes(List.of("ASSAULT")).withLimit(100)
                .withBefore(EventQuery.Position.of(all.get(0))));
        assertThat(older).allSatisfy(r -> assertThat(r.day()).isBeforeOrEqualTo(all.get(0).day()))
                .extracting(EventRow::id).doesNotContain(all.get(0).id());
    }

    @Test
    void countsEventsPerDayUnderTheSameFilters() throws Exception {
        store.ingest(Fixtures.seed());
        store.ingest(Fixtures.seedFollowUp());
        Map<LocalDate, Long> days = store.eventDays(EventQuery.all().withTypes(List.of("ASSAULT")));
        assertThat(days.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(store.events(EventQuery.all().withTypes(List.of("ASSAULT")).withLimit(100)).size());
        assertThat(new ArrayList<>(days.keySet())).isSorted();
        assertThat(store.eventDays(EventQuery.all().withActor("Mark Esper")).keySet())
                .containsExactly(LocalDate.of(2019, 12, 14));
    }

    @Test
    void listsArticlesClaimsActorsPlacesAndOutletsInPages() throws Exception {
        long seedId = store.ingest(Fixtures.seed()).articleId();
        long followId = store.ingest(Fixtures.seedFollowUp()).articleId();
        List<ArticleRow> first = store.articles(ArticleFilter.all(), null, 1);
        assertThat(first).extracting(ArticleRow::id).containsExactly(followId);
        assertThat(store.articles(ArticleFilter.all(), followId, 10)).extracting(ArticleRow::id).containsExactly(seedId);
        assertThat(store.articles(new ArticleFilter(null, "Qayyrah", null, null), null, 10)).extracting(ArticleRow::id)
                .containsExactly(seedId);
        assertThat(store.article(seedId)).get().extracting(ArticleRow::outlet).isEqualTo("example-news.it");
        assertThat(store.analysisJson(seedId)).get().asString().contains("Kataib Hezbollah");

        List<ClaimRow> aboutKh = store.claims(new ClaimFilter(null, "kataib hezbollah", null, null, null, null, null), null, null, 10);
        assertThat(aboutKh).hasSize(3).allSatisfy(c -> assertThat(c.certainty()).isEqualTo("asserted"));
        ClaimRow firstClaim = aboutKh.get(0);
        List<ClaimRow> rest = store.claims(new ClaimFilter(null, "kataib hezbollah", null, null, null, null, null),
                firstClaim.articleId(), firstClaim.claimKey(), 10);
        assertThat(rest).hasSize(2).doesNotContain(firstClaim);
        assertThat(store.claims(new ClaimFilter("Mark Esper", null, "refuted", null, null, null, null), null, null, 10))
                .singleElement().extracting(ClaimRow::attributedTo).isEqualTo("Islamic State");
        assertThat(store.claims(new ClaimFilter(null, null, null, null, null, null, firstClaim.incident()), null, null, 10))
                .isNotEmpty().allSatisfy(c -> assertThat(c.incident()).isEqualTo(firstClaim.incident()));

        List<Summary> actors = store.actors(null, null, null, null, 100);
        assertThat(actors).extracting(Summary::name).isSorted().contains("Mark Esper", "United States military");
        Summary usMil = actors.stream().filter(a -> a.name().equals("United States military")).findFirst().orElseThrow();
        assertThat(usMil.count()).isZero();
        assertThat(usMil.other()).isEqualTo(5);
        assertThat(store.actors(null, null, null, "Mark Esper", 100)).extracting(Summary::name)
                .allSatisfy(n -> assertThat(n).isGreaterThan("Mark Esper"));
        assertThat(store.actors("hezbollah", null, null, null, 100)).isEmpty(); // named in claims, never an event's party
        assertThat(store.places(null, "IRQ", null, 100)).extracting(Summary::name).contains("Iraq", "Al Asad Air Base");
        assertThat(store.outlets(null, null, 100)).extracting(Summary::name).containsExactly("example-news.it", "example-wire.com");
        assertThat(store.coverage("example-wire.com")).containsEntry(LocalDate.of(2019, 12, 17), 1L);
    }

    @Test
    void findsActorsByAPartOfTheirNameThroughTheDictionaryOfNames() throws Exception {
        IngestResult seed = store.ingest(Fixtures.seed());
        List<Summary> esper = store.actors("ESPER", null, null, null, 10);
        assertThat(esper).extracting(Summary::name).containsExactly("Mark Esper");
        assertThat(store.actors("sper", null, null, "Mark Esper", 10)).isEmpty();
        assertThat(store.actors("no such name", null, null, null, 10)).isEmpty();

        // A store written before the dictionary existed: its migration fills it from the participants.
        try (Statement s = store.connection().createStatement()) {
            s.execute("DROP TABLE actor_names");
            s.execute("DELETE FROM schema_version WHERE version = 10");
            store.connection().commit();
        }
        String where = store.location();
        store.close();
        store = Store.open(where);
        assertThat(store.actors("esp", null, null, null, 10)).isEqualTo(esper);

        // Names stay in the dictionary when their events go; they then count nothing, and a
        // second copy of a name is never added.
        assertThat(store.delete(seed.key())).isTrue();
        assertThat(store.actors("esper", null, null, null, 10)).isEmpty();
        store.ingest(Fixtures.seed());
        assertThat(store.actors("esper", null, null, null, 10)).isEqualTo(esper);
        try (Statement s = store.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM actor_names WHERE name_lc = 'mark esper'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(1);
        } finally {
            store.connection().rollback();
        }
    }

    @Test
    void logsEveryArticleAddedReplacedAndDeleted() throws Exception {
        java.time.Instant start = java.time.Instant.now().minusSeconds(1);
        IngestResult seed = store.ingest(Fixtures.seed());
        store.ingest(Fixtures.seed()); // unchanged: nothing to log
        Analysis changed = Fixtures.seed().withPublished(LocalDate.of(2019, 12, 16));
        assertThat(store.ingest(changed).status()).isEqualTo(IngestResult.Status.REPLACED);
        assertThat(store.delete(seed.key())).isTrue();
        assertThat(store.delete(seed.key())).isFalse();
        List<Change> log = store.changes(start, null, 100);
        assertThat(log).extracting(Change::action).containsExactly("added", "replaced", "deleted");
        assertThat(log).extracting(Change::key).containsOnly(seed.key());
        assertThat(log).extracting(Change::seq).isSorted();
        assertThat(store.changes(start, log.get(0).seq(), 100)).hasSize(2);
        assertThat(store.changes(java.time.Instant.now().plusSeconds(60), null, 100)).isEmpty();
        assertThat(store.counts().get("articles")).isZero();
        assertThat(store.counts().get("events")).isZero();
        assertThat(store.incidents(IncidentFilter.all())).isEmpty();
    }

    @Test
    void pagesThroughIncidentsInTheListingOrder() throws Exception {
        store.ingest(Fixtures.seed());
        store.ingest(Fixtures.seedFollowUp());
        for (Analysis a : Fixtures.kabulAttacks()) {
            store.ingest(a);
        }
        List<Incident> all = store.incidents(IncidentFilter.all());
        List<Long> paged = new ArrayList<>();
        IncidentFilter.Position position = null;
        for (int pages = 0; pages < 50; pages++) {
            List<Incident> page = store.incidents(IncidentFilter.all().withLimit(2).withBefore(position));
            page.forEach(i -> paged.add(i.id()));
            if (page.size() < 2) {
                break;
            }
            position = IncidentFilter.Position.of(page.get(page.size() - 1));
        }
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(paged).containsExactlyElementsOf(all.stream().map(Incident::id).toList());
    }

    @Test
    void aReaderSeesWhatTheStoreCommittedOnItsOwnConnection() throws Exception {
        try (Store reader = store.reader()) {
            assertThat(reader.events(EventQuery.all().withLimit(10))).isEmpty();
            store.ingest(Fixtures.seed());
            assertThat(reader.events(EventQuery.all().withLimit(100))).hasSize(Fixtures.seed().events().size());
            assertThat(reader.board(reader.incidents(IncidentFilter.all().withEvent("ASSAULT")).get(0).id()).candidates())
                    .isNotEmpty();
        }
        assertThat(store.counts().get("articles")).isEqualTo(1);
    }
}
