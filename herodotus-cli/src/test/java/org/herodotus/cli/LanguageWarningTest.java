package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article the pipeline cannot analyse for its language is warned about, never silently empty. */
class LanguageWarningTest {

    @TempDir
    Path tmp;

    @Test
    void aSpanishArticleIsWarnedAboutByNameAndCountedAtTheEndWhileTheEnglishOneIsNot() throws Exception {
        Path spanish = Files.writeString(tmp.resolve("mosul-es.txt"),
                "El ejército atacó ayer una aldea cerca de Mosul, según dijo un portavoz del gobierno iraquí. "
                        + "Los rebeldes negaron haber participado en el ataque y acusaron a las fuerzas de seguridad "
                        + "de mentir sobre lo ocurrido durante la noche.");
        Path english = Files.writeString(tmp.resolve("mosul-en.txt"),
                "The army attacked a village near Mosul on Monday, a government spokesman said. The rebels denied "
                        + "taking part in the attack and accused the security forces of lying about what happened.");
        CliRun.Result r = CliRun.result("analyze", "--threads", "1", english.toString(), spanish.toString(),
                "--out", tmp.resolve("out.jsonl").toString());

        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("warning: mosul-es: written in Spanish (es); the pipeline analyses English only")
                .doesNotContain("mosul-en:")
                .contains("herodotus analyze: 1 article not in English");
    }
}
