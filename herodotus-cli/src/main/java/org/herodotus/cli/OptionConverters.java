package org.herodotus.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.herodotus.events.PloverCodebook;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The kinds of option values the commands share, each checked in one place: a value that is not
 * of its kind is refused with one line naming it and what is accepted, so a typo never turns into
 * a silently empty result.
 */
final class OptionConverters {

    private OptionConverters() {
    }

    /** A calendar day, YYYY-MM-DD. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a day; write YYYY-MM-DD, e.g. 2025-03-01");
            }
        }
    }

    /** A PLOVER event type, in any case; stored types are upper case. */
    static final class EventType implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String type = value.strip().toUpperCase(Locale.ROOT);
            PloverCodebook codebook = PloverCodebook.builtin();
            if (!codebook.isType(type)) {
                throw new TypeConversionException("'" + value + "' is not a PLOVER event type; one of "
                        + codebook.types().stream().map(PloverCodebook.Type::name).collect(Collectors.joining(", ")));
            }
            return type;
        }
    }

    /**
     * The country of a place: an ISO 3166-1 alpha-3 code in any case, or a country's English name,
     * which is read as its code and said so on standard error (the store holds codes only).
     */
    static class CountryCode implements ITypeConverter<String> {

        /** Codes that are accepted besides the countries'; none for places. */
        Set<String> others() {
            return Set.of();
        }

        @Override
        public String convert(String value) {
            CountryCodes countries = CountryCodes.get();
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (countries.name(code) != null || others().contains(code)) {
                return code;
            }
            String named = countries.codeOfName(value);
            if (named != null) {
                System.err.println("herodotus: '" + value + "' read as the country code " + named);
                return named;
            }
            String extra = others().isEmpty() ? "" : ", or one of " + String.join(", ", others().stream().sorted().toList());
            throw new TypeConversionException("'" + value + "' is no ISO 3166-1 alpha-3 country code (IRQ, SYR, USA, …)"
                    + extra + "; a country's English name is also read as its code");
        }
    }

    /**
     * The country of an actor: a country code as for places, or one of the codes the actor
     * dictionaries give to actors of no single country.
     */
    static final class ActorCountryCode extends CountryCode {
        @Override
        Set<String> others() {
            // As documented in named-actors.tsv: intergovernmental, non-governmental,
            // international militant group, multinational company.
            return Set.of("IGO", "NGO", "IMG", "MNC");
        }
    }

    /**
     * A PLOVER actor sector: three letters, in any case. Dictionaries a user adds may bring
     * sectors of their own, so any three-letter code is accepted; a word like "rebels" is not.
     */
    static final class Sector implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}")) {
                throw new TypeConversionException("'" + value + "' is not a PLOVER sector code; three letters such as "
                        + "GOV, MIL, COP, JUD, LEG, PTY, REB, UAF, SPY, CRM, JRN, MED, CVL, BUS, REL, EDU, LAB, REF, OPP, HRI, ELI");
            }
            return code;
        }
    }

    /** A count of at least one (a limit, a number of threads or rounds). */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number; give 1 or more");
            }
            if (n < 1) {
                throw new TypeConversionException("'" + value + "' is too small; give 1 or more");
            }
            return n;
        }
    }
}
