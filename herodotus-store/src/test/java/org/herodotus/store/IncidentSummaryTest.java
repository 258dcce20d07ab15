package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an incident is summed up from the events several reports give of it. */
class IncidentSummaryTest {

    private static final IncidentSummary SUMMARY = new IncidentSummary(Rules.load());
    private static final LocalDate MAY_3 = LocalDate.of(2024, 5, 3);
    private static final LocalDate MAY_4 = LocalDate.of(2024, 5, 4);

    private static IncidentSummary.Member report(long article, String place, Double lat, Double lon, String feature,
                                                 LocalDate day, String group, String label) {
        return new IncidentSummary.Member(article, place, lat, lon, "IRQ", null, feature, day, day, MAY_4, group, label);
    }

    @Test
    void theSpotMostReportsNameIsTheIncidentsPlaceWhenTheSpotsLieClose() {
        IncidentRecord row = SUMMARY.row(7, "ASSAULT", List.of(
                report(1, "Mosul", 36.34, 43.13, "CITY", MAY_3, "reuters", "a car bomb exploded in Mosul"),
                report(2, "Mosul", 36.34, 43.13, "CITY", MAY_3, "afp", "a car bomb exploded in Mosul"),
                report(3, "Bartella", 36.35, 43.38, "CITY", MAY_3, "reuters", "blast near Bartella")));
        assertThat(row.placeName()).isEqualTo("Mosul");
        assertThat(row.label()).isEqualTo("a car bomb exploded in Mosul");
        assertThat(row.bestDate()).isEqualTo(MAY_3);
        assertThat(row.events()).isEqualTo(3);
        assertThat(row.articles()).isEqualTo(3);
        assertThat(row.sources()).isEqualTo(2);
    }

    @Test
    void spotsFarApartLeaveTheAreaTheReportsName() {
        IncidentRecord row = SUMMARY.row(8, "PROTEST", List.of(
                report(1, "Basra", 30.51, 47.78, "CITY", MAY_3, "a", "protesters marched"),
                report(2, "Erbil", 36.19, 44.01, "CITY", MAY_3, "b", "protesters marched"),
                report(3, "Iraq", null, null, "COUNTRY", MAY_3, "c", "protesters marched")));
        assertThat(row.placeName()).isEqualTo("Iraq");
    }

    @Test
    void preciselyDatedReportsDecideTheDates() {
        IncidentSummary.Member undated = new IncidentSummary.Member(2, "Mosul", 36.34, 43.13, "IRQ", null, "CITY",
                null, null, MAY_4, "b", null);
        IncidentRecord row = SUMMARY.row(9, "ASSAULT", List.of(
                report(1, "Mosul", 36.34, 43.13, "CITY", MAY_3, "a", "shelling"), undated));
        assertThat(row.dateLo()).isEqualTo(MAY_3);
        assertThat(row.dateHi()).isEqualTo(MAY_3);
    }
}
