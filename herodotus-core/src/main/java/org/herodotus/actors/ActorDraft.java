package org.herodotus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Span;

/**
 * An actor while its mentions are gathered: what its mentions say so far, what the country
 * rules add after, and where it is mentioned. Becomes an {@link org.herodotus.model.Actor} at
 * the end.
 */
final class ActorDraft {
    final String key;
    String name;
    String country;
    String sector;
    boolean person;
    /** A group named by what it is ("students", "the police"), not by a name. */
    boolean generic;
    boolean external;
    boolean local;
    int firstSentence = Integer.MAX_VALUE;
    Mention firstMention;
    final Set<String> titles = new LinkedHashSet<>();
    final List<Span> mentions = new ArrayList<>();
    int firstStart = Integer.MAX_VALUE;
    int lastStart = -1;

    ActorDraft(String key) {
        this.key = key;
    }

    /** Adds what a mention says about this actor; text knowledge first, then the dictionaries. */
    void absorb(Mention c, LocalDate date, ActorDictionary dict) {
        PhraseDescription d = c.description;
        switch (c.type) {
            case COUNTRY -> {
                if (name == null) {
                    String countryName = dict.countryName(c.country.code());
                    name = countryName != null ? countryName : c.country.code();
                    country = c.country.code();
                }
                if (c.country.kind() == CountryRef.Kind.METONYM && c.country.sector() != null && sector == null) {
                    sector = c.country.sector();
                }
            }
            case NAMED -> {
                if (name == null) {
                    NamedActor.Role role = c.named.roleOn(date);
                    name = c.named.name();
                    country = role.country();
                    sector = role.sector();
                    person = c.named.person() || c.nerPerson;
                }
                textKnowledge(d);
            }
            case PERSON, ORG -> {
                person |= c.type == Mention.Kind.PERSON || d != null && d.personTitle;
                if (name == null || c.owner == null && c.nameText.length() > name.length()) {
                    name = c.nameText;
                }
                textKnowledge(d);
            }
            case TITLE_NP, AGENT -> {
                if (name == null && c.named != null) {
                    // "representatives of the M23", "Hezbollah guerrillas": the group, coded as the
                    // group, whatever the members' word ("representatives" alone would be GOV).
                    NamedActor.Role role = c.named.roleOn(date);
                    name = c.named.name();
                    country = d != null && d.country != null ? d.country : role.country();
                    sector = role.sector();
                } else if (name == null) {
                    name = c.nameText;
                    if (d != null) {
                        country = d.country;
                        sector = d.sector();
                    }
                }
            }
            case PRONOUN -> {
            }
        }
    }

    private void textKnowledge(PhraseDescription d) {
        if (d == null) {
            return;
        }
        if (d.country != null) {
            country = d.country;
        }
        String s = d.sector();
        if (s != null) {
            sector = s;
        } else if (d.org != null && sector == null) {
            sector = d.org.roleOn(null).sector();
        }
        titles.addAll(d.titles);
    }
}
