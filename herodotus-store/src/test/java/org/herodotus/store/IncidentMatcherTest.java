package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The incident rules on events made by hand: which reports join an incident, and which stay
 * apart. Distances and days are taken from the shipped rules, so the tests follow their tuning.
 */
class IncidentMatcherTest {

    private static final Rules RULES = Rules.load();
    private static final IncidentMatcher MATCHER = new IncidentMatcher(RULES);
    private static final LocalDate DAY = LocalDate.of(2019, 12, 27);

    // Kirkuk and the K-1 air base, some 15 km apart; Baghdad, some 240 km away.
    private static final double[] K1 = {35.5100, 44.2800};
    private static final double[] KIRKUK = {35.4681, 44.3922};
    private static final double[] BAGHDAD = {33.3152, 44.3661};

    private static long ids;

    private static EventSketch spot(String type, double[] at, LocalDate day, Set<String> actors, Set<String> recipients) {
        return new EventSketch(++ids, 1, type, at[0], at[1], false, false, "IRQ", "Kirkuk", day, day, true, actors,
                Set.of(), recipients, Set.of());
    }

    private static EventSketch attack(double[] at, LocalDate day) {
        return spot("ASSAULT", at, day, Set.of(), Set.of());
    }

    @Test
    void anAttackNearbyOnTheSameDayJoinsAndTheNearerScoresHigher() {
        List<EventSketch> incident = List.of(attack(K1, DAY));
        double near = MATCHER.score(attack(KIRKUK, DAY), incident);
        double same = MATCHER.score(attack(K1, DAY), incident);
        assertThat(near).isPositive();
        assertThat(same).isGreaterThan(near);
    }

    @Test
    void anotherTypeAnotherDayOrAFarPlaceStaysApart() {
        List<EventSketch> incident = List.of(attack(K1, DAY));
        assertThat(MATCHER.score(spot("PROTEST", K1, DAY, Set.of(), Set.of()), incident)).isNegative();
        assertThat(MATCHER.score(attack(K1, DAY.plusDays(RULES.dateToleranceDays() + 1)), incident)).isNegative();
        assertThat(MATCHER.score(attack(K1, DAY.plusDays(RULES.dateToleranceDays())), incident)).isPositive();
        assertThat(Geo.km(K1[0], K1[1], BAGHDAD[0], BAGHDAD[1])).isGreaterThan(RULES.radiusKm());
        assertThat(MATCHER.score(attack(BAGHDAD, DAY), incident)).isNegative();
    }

    @Test
    void aSpotInsideTheCountryOfAnAreaReportFitsTheArea() {
        EventSketch inIraq = new EventSketch(++ids, 2, "ASSAULT", 33.0, 44.0, true, false, "IRQ", null, DAY, DAY, true,
                Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(MATCHER.placeFit(attack(K1, DAY), List.of(inIraq))).isEqualTo(IncidentMatcher.PlaceFit.AREA);
        EventSketch inSyria = new EventSketch(++ids, 2, "ASSAULT", 35.0, 38.0, true, false, "SYR", null, DAY, DAY, true,
                Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(MATCHER.placeFit(attack(K1, DAY), List.of(inSyria))).isEqualTo(IncidentMatcher.PlaceFit.CONFLICT);
    }

    @Test
    void aReportWithoutAPlaceJoinsOnlyThroughANamedParty() {
        List<EventSketch> incident = List.of(spot("ASSAULT", K1, DAY, Set.of("kataib hezbollah"), Set.of()));
        EventSketch vague = new EventSketch(++ids, 3, "ASSAULT", null, null, false, false, null, null, DAY, DAY, true,
                Set.of(), Set.of(), Set.of(), Set.of());
        EventSketch named = new EventSketch(++ids, 3, "ASSAULT", null, null, false, false, null, null, DAY, DAY, true,
                Set.of("kataib hezbollah"), Set.of(), Set.of(), Set.of());
        assertThat(MATCHER.score(vague, incident)).isNegative();
        assertThat(MATCHER.score(named, incident)).isPositive();
    }

    @Test
    void partiesContradictOnlyWhenBothSidesNameThemAndTheirCountriesDiffer() {
        EventSketch byIsrael = new EventSketch(++ids, 4, "ASSAULT", K1[0], K1[1], false, false, "IRQ", null, DAY, DAY, true,
                Set.of("israel"), Set.of("ISR"), Set.of(), Set.of());
        EventSketch byHamas = new EventSketch(++ids, 5, "ASSAULT", K1[0], K1[1], false, false, "IRQ", null, DAY, DAY, true,
                Set.of("hamas"), Set.of("PSE"), Set.of(), Set.of());
        EventSketch byGunmen = new EventSketch(++ids, 6, "ASSAULT", K1[0], K1[1], false, false, "IRQ", null, DAY, DAY, true,
                Set.of("gunmen"), Set.of(), Set.of(), Set.of());
        EventSketch byBandits = new EventSketch(++ids, 7, "ASSAULT", K1[0], K1[1], false, false, "IRQ", null, DAY, DAY, true,
                Set.of("bandits"), Set.of(), Set.of(), Set.of());
        assertThat(MATCHER.score(byHamas, List.of(byIsrael))).isNegative();
        assertThat(MATCHER.score(byBandits, List.of(byGunmen))).isPositive();
    }

    @Test
    void oneArticlesAttacksOnOneRecipientAtDistantBasesAreOneHappeningButNotAnotherWeeksAttack() {
        Set<String> us = Set.of("united states military");
        EventSketch atK1 = spot("ASSAULT", K1, DAY, Set.of(), us);
        EventSketch atBaghdad = spot("ASSAULT", BAGHDAD, DAY, Set.of(), us);
        EventSketch protest = spot("PROTEST", BAGHDAD, DAY, Set.of(), Set.of());
        EventSketch weekLater = attack(BAGHDAD, DAY.plusDays(RULES.dateToleranceDays() + 1));
        List<List<EventSketch>> groups = MATCHER.groups(List.of(atK1, protest, atBaghdad, weekLater));
        assertThat(groups).hasSize(3);
        assertThat(groups).anySatisfy(g -> assertThat(g).containsExactlyInAnyOrder(atK1, atBaghdad));
        assertThat(groups).anySatisfy(g -> assertThat(g).containsExactly(protest));
        assertThat(groups).anySatisfy(g -> assertThat(g).containsExactly(weekLater));
    }
}
