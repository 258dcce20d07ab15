package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NlpStageTest {

    private static final List<String> TEXTS = List.of(
            "US Defense Secretary Mark Esper said on Tuesday that Iran was behind the attacks on US bases in Iraq.",
            "The militiamen of Kataib Hezbollah, a militia sponsored by Tehran, fired rockets at the airport last week. "
                    + "Officials in Baghdad said nobody was hurt.",
            "Iran wants to damage the command and control centers of American drones, several analysts said on 14 December 2019.");

    @Test
    void givesIdenticalParsesWhenThreadsShareOnePipeline() throws Exception {
        NlpStage nlp = SharedNlp.stage();
        LocalDate published = LocalDate.of(2019, 12, 15);
        List<Parse> sequential = new ArrayList<>();
        for (String t : TEXTS) {
            sequential.add(nlp.parse(t, published));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Parse>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String t : TEXTS) {
                    futures.add(pool.submit(() -> nlp.parse(t, published)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % TEXTS.size()));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sequential.get(0).sentences().get(0).parsed()).isTrue();
        assertThat(sequential.get(0).entities()).extracting(Entity::text).contains("Mark Esper", "Iran");
    }

    @Test
    void normalisesRelativeDatesAgainstThePublicationDate() {
        Parse parse = SharedNlp.stage().parse(TEXTS.get(0), LocalDate.of(2019, 12, 15));
        assertThat(parse.times()).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tuesday", "2019-12-10"));
    }

    @Test
    void leavesRelativeDatesUnknownWithoutAPublicationDate() {
        Parse parse = SharedNlp.stage().parse(TEXTS.get(0), null);
        assertThat(parse.times()).extracting(TimeExpression::text).containsExactly("Tuesday");
        assertThat(parse.times().get(0).value()).isNull();
        Parse absolute = SharedNlp.stage().parse(TEXTS.get(2), null);
        assertThat(absolute.times()).extracting(TimeExpression::value).containsExactly("2019-12-14");
    }

    @Test
    void findsDatesFarIntoALongSentenceWithTheirOffsetsInTheArticle() {
        // SUTime reads only the words around a date cue: the expression must still be whole and
        // its offsets those of the article, not of the part read.
        String text = "Officials said so. The spokesman for the regional government of the northern province told the"
                + " reporters gathered outside the ministry that the talks would resume in the second quarter of 2020,"
                + " after a pause requested by the opposition parties and by several independent members of the"
                + " regional parliament, and that the treaty would be signed in Geneva on 3 March 2021.";
        Parse parse = SharedNlp.stage().parse(text, LocalDate.of(2019, 12, 15));
        assertThat(parse.times()).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the second quarter of 2020", "2020-Q2"),
                org.assertj.core.groups.Tuple.tuple("3 March 2021", "2021-03-03"));
        for (TimeExpression t : parse.times()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.sentence()).isEqualTo(1);
        }
    }

    @Test
    void readsClockTimesAsTimes() {
        Parse parse = SharedNlp.stage().parse("7:15 p.m. Russia's Foreign Ministry has released a statement.",
                LocalDate.of(2022, 2, 24));
        assertThat(parse.times()).extracting(TimeExpression::text).containsExactly("7:15 p.m.");
        assertThat(parse.times().get(0).value()).startsWith("2022-02-24T19:15");
    }

    @Test
    void parsesOnlyTheSentencesTheFilterAsksFor() {
        ParseFilter saidSentences = s -> s.tokens().stream().anyMatch(t -> t.lemma().equals("say"));
        NlpStage selective = new NlpStage(saidSentences);
        Parse parse = selective.parse(TEXTS.get(1), null);
        assertThat(parse.sentences()).hasSize(2);
        assertThat(parse.sentences().get(0).parsed()).isFalse();
        assertThat(parse.sentences().get(0).dependencies()).isEmpty();
        assertThat(parse.sentences().get(0).tokens()).extracting(Token::ner).contains("ORGANIZATION");
        assertThat(parse.sentences().get(1).parsed()).isTrue();
        assertThat(parse.sentences().get(1).dependencies()).anyMatch(d -> d.relation().equals("nsubj"));
    }
}
