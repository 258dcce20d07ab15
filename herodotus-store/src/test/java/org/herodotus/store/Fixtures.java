package org.herodotus.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Analysis;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;

/**
 * Hand-written analyses of realistic news: the seed article about attacks on US bases in Iraq
 * and a follow-up from another outlet; one school kidnapping in Nigeria reported by 50 outlets
 * (40 of them wire copies); a separate kidnapping in another state; and two distinct attacks in
 * Kabul three days and a few kilometres apart.
 */
final class Fixtures {

    private Fixtures() {
    }

    static String seedText() {
        try (InputStream in = Fixtures.class.getResourceAsStream("seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article analysed as /shared/seed/EXPECTED.md describes. */
    static Analysis seed() {
        AnalysisBuilder b = new AnalysisBuilder("esper-iran-bases", "https://www.example-news.it/2019/12/esper-iran-bases",
                "Iraq, Esper: I suspect Iran is behind attacks on US bases", LocalDate.of(2019, 12, 15), seedText());
        String esper = b.actor("Mark Esper", "USA", "GOV", "Esper", "Mark Esper");
        String iran = b.actor("Iran", "IRN", "GOV", "Iran", "Tehran");
        String isis = b.actor("Islamic State", null, "REB", "Isis", "ISIS", "Daesh");
        String kh = b.actor("Kataib Hezbollah", "IRQ", "REB", "Kataib Hezbollah");
        String usMil = b.actor("United States military", "USA", "MIL", "US military bases");
        String abdulMahdi = b.actor("Adil Abdul-Mahdi", "IRQ", "GOV", "Adil Abdul-Mahdi");
        String usa = b.actor("United States", "USA", "GOV", "the United States");
        String israel = b.actor("Israel", "ISR", "GOV", "Israel");
        String civilians = b.actor("civilians", "IRQ", "CVL", "civilians");
        String npr = b.actor("NPR", "USA", "JRN", "NPR");
        String iraq = b.place("Iraq", "Iraq", 33.0, 44.0, "IRQ", null, "country");
        String asad = b.place("Ain Al-Assad", "Al Asad Air Base", 33.7856, 42.4412, "IRQ", "Anbar", "airbase");
        String biap = b.place("Baghdad international airport", "Baghdad International Airport", 33.2625, 44.2346, "IRQ", "Baghdad", "airport");
        String qay = b.place("Qayyrah", "Qayyarah Airfield West", 35.7672, 43.1251, "IRQ", "Nineveh", "airport");
        String syria = b.place("Syria", "Syria", 35.0, 38.0, "SYR", null, "country");
        String jordan = b.place("Jordan", "Jordan", 31.0, 36.0, "JOR", null, "country");
        String attacks = b.eventIn("ASSAULT", null, "recent wave of attacks on US military bases in Iraq", "attacks",
                List.of(), List.of(usMil), iraq, null);
        b.eventIn("ASSAULT", null, "escalation of aggressions against American air bases", "aggressions",
                List.of(), List.of(usMil), asad, null);
        b.eventIn("ASSAULT", null, "The last occurred against the international airport of Baghdad", "occurred",
                List.of(), List.of(usMil), biap, null);
        String workOf = b.eventIn("ASSAULT", null, "the attacks are the work of Kataib Hezbollah", "attacks",
                List.of(), List.of(usMil), qay, null);
        b.eventIn("CONSULT", "phone", "In a telephone call", "telephone call", List.of(esper), List.of(abdulMahdi), null, "2019-12-14");
        b.eventIn("MOBILIZE", null, "sent a giant column of reinforcements from Jordan", "sent",
                List.of(usa), List.of(), jordan, null);
        b.eventIn("ASSAULT", "aerial", "carries out periodic raids", "raids", List.of(israel), List.of(), syria, null);
        b.eventIn("ASSAULT", null, "increased attacks on civilians and soldiers", "attacks", List.of(isis), List.of(civilians), iraq, null);
        b.claim("Esper", esper, "My suspicion is", "there is Iran behind these attacks", ClaimType.RESPONSIBILITY,
                Certainty.POSSIBLE, attacks, iran);
        b.claim("Esper", esper, "falls", "The hypothesis that it was the work of Isis", ClaimType.RESPONSIBILITY,
                Certainty.REFUTED, attacks, isis);
        b.claim("A military source", null, "A military source", "The perpetrators are the militiamen of Kataib Hezbollah",
                ClaimType.RESPONSIBILITY, Certainty.ASSERTED, attacks, kh);
        b.claim("military sources", null, "According to", "the attacks are the work of Kataib Hezbollah",
                ClaimType.RESPONSIBILITY, Certainty.ASSERTED, workOf, kh);
        return b.build();
    }

    /** A later report from another outlet naming Kataib Hezbollah on the word of US officials. */
    static Analysis seedFollowUp() {
        String text = "US officials blame Kataib Hezbollah for rocket attacks on bases in Iraq\n\n"
                + "WASHINGTON - Two US defense officials told reporters on Tuesday that Kataib Hezbollah, an Iraqi militia "
                + "backed by Iran, carried out the recent rocket attacks on US bases in Iraq, including the strike on "
                + "the K-1 air base near Kirkuk. The officials said the group had fired more than a dozen rockets at "
                + "bases hosting US troops since October. Kataib Hezbollah did not comment.";
        AnalysisBuilder b = new AnalysisBuilder("officials-blame-kh", "https://www.example-wire.com/world/us-officials-blame-kataib-hezbollah",
                "US officials blame Kataib Hezbollah for rocket attacks on bases in Iraq", LocalDate.of(2019, 12, 17), text);
        String officials = b.actor("US defense officials", "USA", "MIL", "Two US defense officials");
        String kh = b.actor("Kataib Hezbollah", "IRQ", "REB", "Kataib Hezbollah");
        String usMil = b.actor("United States military", "USA", "MIL", "US bases");
        String iraq = b.place("Iraq", "Iraq", 33.0, 44.0, "IRQ", null, "country");
        String attacks = b.eventIn("ASSAULT", null, "recent rocket attacks on US bases in Iraq", "attacks",
                List.of(), List.of(usMil), iraq, null);
        b.claim("Two US defense officials", officials, "told reporters",
                "Kataib Hezbollah, an Iraqi militia backed by Iran, carried out the recent rocket attacks",
                ClaimType.RESPONSIBILITY, Certainty.ASSERTED, attacks, kh);
        return b.build();
    }

    private static final String WIRE = "Gunmen kidnap more than 280 pupils from school in northwest Nigeria\n\n"
            + "KADUNA, Nigeria (AP) - Gunmen stormed a government school in the town of Kuriga in Nigeria's Kaduna state "
            + "on Thursday and kidnapped more than 280 pupils, residents and local officials said.\n\n"
            + "The attackers arrived on motorcycles shortly after morning assembly and herded the children and a teacher into "
            + "the surrounding bush, said Sani Abdullahi, the headmaster of the LEA Primary and Secondary School.\n\n"
            + "Kaduna state governor Uba Sani visited the community and promised that security forces would rescue every "
            + "child. No group has claimed responsibility for the abduction, but police blamed bandits who operate from "
            + "forests across the northwest and demand ransoms for hostages.\n\n"
            + "It was the first mass school kidnapping in the region in more than two years, and it revived memories of the "
            + "abduction of schoolgirls from Chibok by Boko Haram militants in 2014.";

    /** The same report as published by outlet {@code n}: a wire copy lightly edited in one of several ways. */
    static Analysis wireCopy(int n) {
        String text = WIRE;
        switch (n % 5) {
            case 1 -> text = text.replace("Gunmen kidnap more than 280 pupils from school in northwest Nigeria",
                    "Nigeria: more than 280 pupils abducted in Kaduna school attack");
            case 2 -> text = text + "\n\nCopyright 2024 The Associated Press. All rights reserved.";
            case 3 -> text = text.substring(0, text.lastIndexOf("\n\nIt was the first"));
            case 4 -> text = text.replace("promised that security forces would rescue every child",
                    "vowed that troops and police would bring every child home");
            default -> { }
        }
        String url = n == 0 ? "https://apnews.com/article/nigeria-kuriga-school-kidnapping"
                : "https://www.outlet" + n + ".example/world/africa/nigeria-school-kidnapping";
        AnalysisBuilder b = new AnalysisBuilder("wire-" + n, url, text.substring(0, text.indexOf('\n')),
                LocalDate.of(2024, 3, 7 + n % 3), text);
        String gunmen = b.actor("gunmen", null, "UAF", "Gunmen stormed");
        String pupils = b.actor("pupils", "NGA", "EDU", "280 pupils,");
        String bandits = b.actor("bandits", "NGA", "CRM", "bandits");
        String police = b.actor("Nigeria Police Force", "NGA", "COP", "police blamed");
        String kuriga = b.place("Kuriga", "Kuriga", 10.606, 7.452, "NGA", "Kaduna", "town");
        String kidnapped = b.eventIn("ASSAULT", "abduct", "and kidnapped more than 280 pupils", "kidnapped",
                List.of(gunmen), List.of(pupils), kuriga, "2024-03-07");
        b.claim("police", police, "blamed", "police blamed bandits", ClaimType.ACCUSATION, Certainty.ASSERTED, kidnapped,
                bandits);
        return b.build();
    }

    /** Ten outlets' own reports of the Kuriga kidnapping, each in its own words. */
    static List<Analysis> ownReports() {
        String[][] reports = {
            {"https://www.premiumtimes.example/news/kuriga-abduction", "Bandits abduct Kuriga pupils",
                "Armed bandits on Thursday abducted scores of pupils of the LEA school in Kuriga, Chikun local government area. "
                + "Witnesses told our reporter the assailants numbered about sixty.", "abducted", "Kuriga", "town"},
            {"https://www.dailytrust.example/kuriga-children-taken", "Parents in Kuriga wait for news",
                "Parents in Kuriga gathered at the primary school gate on Friday, a day after gunmen seized their children. "
                + "One mother said three of her sons were among those taken.", "seized", "Kuriga", "town"},
            {"https://www.channels.example/2024/03/07/kaduna-school-attack", "Kaduna: gunmen attack school",
                "Gunmen have attacked a school in Kaduna State and carried away a large number of students, the state "
                + "government confirmed in a statement on Thursday evening.", "carried away", "Kaduna State", "admin1"},
            {"https://www.bbc.example/news/world-africa-kuriga", "Nigeria school kidnapping: what we know",
                "More than 280 children were taken from their school in north-west Nigeria on Thursday morning, in one of "
                + "the largest abductions in years. The army says it has deployed troops to the area.", "taken", "Nigeria", "country"},
            {"https://www.reuters.example/world/africa/nigeria-kidnap-students", "Nigeria hunts for kidnapped students",
                "Nigerian security forces were searching forests in Kaduna on Friday for hundreds of students abducted by "
                + "armed men from a school in Kuriga, officials said.", "abducted", "Kuriga", "town"},
            {"https://www.aljazeera.example/news/nigeria-kuriga", "Anguish in Kuriga after mass abduction",
                "In Kuriga, a farming town of mud-brick homes, residents described how attackers on motorbikes encircled "
                + "the school compound and marched pupils away at gunpoint.", "marched", "Kuriga", "town"},
            {"https://www.guardian-ng.example/kuriga-tinubu-orders-rescue", "Tinubu orders rescue of Kuriga pupils",
                "President Bola Tinubu ordered security agencies to rescue the pupils kidnapped in Kuriga and said the "
                + "perpetrators would face justice.", "kidnapped", "Kuriga", "town"},
            {"https://www.vanguard.example/2024/03/kuriga-headmaster-speaks", "Headmaster recounts Kuriga attack",
                "The headmaster of the Kuriga school said the gunmen arrived at about 8 a.m. and took away pupils aged "
                + "eight to fifteen along with a teacher.", "took away", "Kuriga", "town"},
            {"https://www.thecable.example/kaduna-abduction-unicef", "UNICEF condemns Kaduna abduction",
                "UNICEF condemned the abduction of schoolchildren in Kaduna State and called for their immediate and "
                + "unconditional release.", "abduction", "Kaduna State", "admin1"},
            {"https://www.sahara.example/kuriga-community-protest", "Kuriga youths protest insecurity",
                "Youths in Kuriga blocked the Kaduna-Abuja road to protest the kidnapping of pupils from the local school, "
                + "saying the community had been attacked repeatedly.", "kidnapping", "Kuriga", "town"},
        };
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < reports.length; i++) {
            String[] r = reports[i];
            String text = r[1] + "\n\n" + r[2];
            AnalysisBuilder b = new AnalysisBuilder("own-" + i, r[0], r[1], LocalDate.of(2024, 3, 7 + i % 3), text);
            boolean kaduna = r[5].equals("admin1");
            boolean country = r[5].equals("country");
            String place = b.place(r[4], r[4], country ? 9.1 : kaduna ? 10.33 : 10.606, country ? 8.7 : kaduna ? 7.75 : 7.452,
                    "NGA", country ? null : "Kaduna", r[5]);
            // Reports written on the day say "Thursday"; later ones often give no day.
            String date = i % 2 == 0 ? "2024-03-07" : null;
            b.eventIn("ASSAULT", "abduct", r[3], r[3], List.of(), List.of(), place, date);
            out.add(b.build());
        }
        return out;
    }

    /** All 50 reports of the Kuriga kidnapping: 40 wire copies and 10 outlets' own stories. */
    static List<Analysis> kurigaFiftyOutlets() {
        List<Analysis> out = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            out.add(wireCopy(n));
        }
        out.addAll(ownReports());
        return out;
    }

    /** A different kidnapping two days later, 400 km away in Sokoto state. */
    static Analysis sokotoKidnapping() {
        String text = "Gunmen abduct 15 pupils in Sokoto\n\nGunmen kidnapped 15 pupils from an Islamic school in Gidan Bakuso "
                + "village in Sokoto state before dawn on Saturday, police said.";
        AnalysisBuilder b = new AnalysisBuilder("sokoto", "https://apnews.com/article/nigeria-sokoto-tsangaya-kidnapping",
                "Gunmen abduct 15 pupils in Sokoto", LocalDate.of(2024, 3, 9), text);
        String gunmen = b.actor("gunmen", null, "UAF", "Gunmen kidnapped");
        String pupils = b.actor("pupils", "NGA", "EDU", "15 pupils from");
        String place = b.place("Gidan Bakuso", "Gidan Bakuso", 13.1, 5.24, "NGA", "Sokoto", "village");
        b.eventIn("ASSAULT", "abduct", "Gunmen kidnapped 15 pupils", "kidnapped", List.of(gunmen), List.of(pupils), place, "2024-03-09");
        return b.build();
    }

    /** Two attacks in Kabul three days apart and six kilometres apart, each with a follow-up report. */
    static List<Analysis> kabulAttacks() {
        List<Analysis> out = new ArrayList<>();
        String t1 = "Suicide bomber kills six at Kabul market\n\nA suicide bomber attacked a crowded market in Kabul's Shar-e Naw "
                + "district on Tuesday, killing six people, police said. Islamic State claimed responsibility in a statement "
                + "on its Amaq news agency.";
        AnalysisBuilder b = new AnalysisBuilder("kabul-market", "https://www.tolonews.example/afghanistan/market-blast",
                "Suicide bomber kills six at Kabul market", LocalDate.of(2024, 3, 5), t1);
        String bomber = b.actor("Islamic State", null, "REB", "Islamic State");
        String people = b.actor("civilians", "AFG", "CVL", "six people");
        String sharENaw = b.place("Shar-e Naw", "Shahr-e Naw", 34.5330, 69.1650, "AFG", "Kabul", "neighbourhood");
        String e1 = b.eventIn("ASSAULT", "bombing", "A suicide bomber attacked a crowded market", "attacked",
                List.of(), List.of(people), sharENaw, "2024-03-05");
        b.claim("Islamic State", bomber, "claimed responsibility", "Islamic State claimed responsibility",
                ClaimType.RESPONSIBILITY, Certainty.ASSERTED, e1, bomber);
        out.add(b.build());

        String t2 = "Gunmen attack Shiite mosque in west Kabul\n\nGunmen opened fire on worshippers at a Shiite mosque in Kabul's "
                + "Dasht-e Barchi neighbourhood on Friday, killing four. A Taliban spokesman blamed Islamic State.";
        b = new AnalysisBuilder("kabul-mosque", "https://www.khaama.example/gunmen-attack-mosque-dasht-e-barchi",
                "Gunmen attack Shiite mosque in west Kabul", LocalDate.of(2024, 3, 8), t2);
        String is = b.actor("Islamic State", null, "REB", "Islamic State");
        String worshippers = b.actor("worshippers", "AFG", "REL", "worshippers");
        String taliban = b.actor("Taliban", "AFG", "GOV", "A Taliban spokesman");
        String barchi = b.place("Dasht-e Barchi", "Dasht-e Barchi", 34.4850, 69.1100, "AFG", "Kabul", "neighbourhood");
        String e2 = b.eventIn("ASSAULT", "firearms", "Gunmen opened fire on worshippers", "opened fire",
                List.of(), List.of(worshippers), barchi, "2024-03-08");
        b.claim("A Taliban spokesman", taliban, "blamed", "blamed Islamic State", ClaimType.ACCUSATION, Certainty.PROBABLE,
                e2, is);
        out.add(b.build());

        String t3 = "Kabul market bombing toll rises\n\nThe death toll from Tuesday's suicide bombing at a market in Shar-e Naw "
                + "rose to nine, hospital officials said on Wednesday.";
        b = new AnalysisBuilder("kabul-market-toll", "https://www.pajhwok.example/kabul-market-toll", "Kabul market bombing toll rises",
                LocalDate.of(2024, 3, 6), t3);
        String sn = b.place("Shar-e Naw", "Shahr-e Naw", 34.5330, 69.1650, "AFG", "Kabul", "neighbourhood");
        b.eventIn("ASSAULT", "bombing", "Tuesday's suicide bombing", "bombing", List.of(), List.of(), sn, "2024-03-05");
        out.add(b.build());

        String t4 = "Mourners bury victims of mosque attack\n\nHundreds of mourners gathered on Saturday to bury the victims of "
                + "the attack on a mosque in Dasht-e Barchi.";
        b = new AnalysisBuilder("kabul-mosque-funeral", "https://www.ariana.example/mosque-attack-funerals",
                "Mourners bury victims of mosque attack", LocalDate.of(2024, 3, 9), t4);
        String db = b.place("Dasht-e Barchi", "Dasht-e Barchi", 34.4850, 69.1100, "AFG", "Kabul", "neighbourhood");
        b.eventIn("ASSAULT", null, "the attack on a mosque", "attack", List.of(), List.of(), db, null);
        out.add(b.build());
        return out;
    }
}
