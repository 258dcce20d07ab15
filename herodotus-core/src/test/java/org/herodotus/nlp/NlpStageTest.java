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
