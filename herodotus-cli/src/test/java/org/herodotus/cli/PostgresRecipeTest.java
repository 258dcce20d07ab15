package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the PostgreSQL recipe of docs/store.md word for word against a real PostgreSQL server on
 * localhost:5432 (the embedded server of the store tests runs as the database owner, so it cannot
 * show what a non-owner role meets on PostgreSQL 15 and later). {@code .ci/run} installs and
 * starts Debian's server; without a server reachable as its superuser, the test is skipped.
 *
 * <p>The recipe creates the role and database {@code herodotus}. The test drops them afterwards,
 * and never touches a database of that name that it did not create itself.
 */
class PostgresRecipeTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String MARK = "created by PostgresRecipeTest";

    private boolean created;

    /** The documented recipe: the shell block between the recipe markers of docs/store.md. */
    static String recipe(String doc) {
        int start = doc.indexOf("<!-- recipe:postgresql");
        int end = doc.indexOf("<!-- /recipe:postgresql -->");
        assertThat(start).as("recipe markers in docs/store.md").isNotNegative();
        String block = doc.substring(doc.indexOf("```sh\n", start) + "```sh\n".length(), end);
        return block.substring(0, block.lastIndexOf("```"));
    }

    /** A command as the PostgreSQL superuser: through runuser when this is root. */
    private static List<String> asPostgres(String... command) {
        List<String> c = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        return c;
    }

    private record Ran(int status, String output) {
    }

    private static Ran run(List<String> command, String classPath) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        if (classPath != null) {
            pb.environment().put("HERODOTUS_CP", classPath);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Ran(127, e.getMessage());
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Ran(124, out + "\n(timed out)");
        }
        return new Ran(p.exitValue(), out);
    }

    private static Ran superuser(String sql) throws IOException, InterruptedException {
        return superuser("postgres", sql);
    }

    private static Ran superuser(String database, String sql) throws IOException, InterruptedException {
        return run(asPostgres("psql", "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql), null);
    }

    @Test
    void theDocumentedRecipeWorksAsANonOwnerRole() throws Exception {
        Ran probe = superuser("SELECT current_setting('server_version_num')");
        Assumptions.assumeTrue(probe.status() == 0, () -> "no PostgreSQL server reachable as its superuser on this machine"
                + " (psql as postgres: " + probe.output().strip() + "); .ci/run installs and starts one");
        String existing = superuser("SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database"
                + " WHERE datname = 'herodotus'").output().strip();
        Assumptions.assumeTrue(existing.isEmpty() || existing.equals(MARK),
                "this server already has a database named herodotus that this test did not create; it is left alone");
        dropWhatTheRecipeCreates();
        created = true;

        String recipe = recipe(Files.readString(REPO.resolve("docs/store.md")));
        // The recipe's own words, after two definitions: sudo where it is not installed (CI runs
        // as root), and herodotus as this build's launcher.
        String script = "set -e\n"
                + "command -v sudo >/dev/null 2>&1 || sudo() { u=\"$2\"; shift 2; runuser -u \"$u\" -- \"$@\"; }\n"
                + "herodotus() { java -Xmx3g -cp \"$HERODOTUS_CP\" org.herodotus.cli.Main \"$@\"; }\n"
                + recipe;
        Ran ran = run(List.of("sh", "-c", script), System.getProperty("java.class.path"));
        superuser("COMMENT ON DATABASE herodotus IS '" + MARK + "'");

        assertThat(ran.status()).as(ran.output()).isZero();
        assertThat(ran.output()).contains("stored").contains("attribution board").doesNotContain("permission denied");
        String owner = superuser("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'herodotus'").output().strip();
        assertThat(owner).as("the role does not own the database").isNotEqualTo("herodotus");
        String tables = superuser("herodotus", "SELECT count(*) FROM pg_tables WHERE schemaname = 'herodotus'"
                + " AND tableowner = 'herodotus'").output().strip();
        assertThat(Integer.parseInt(tables)).as("store tables in the role's schema").isGreaterThan(5);
    }

    @AfterEach
    void dropWhatTheRecipeCreated() throws Exception {
        if (created) {
            dropWhatTheRecipeCreates();
        }
    }

    private static void dropWhatTheRecipeCreates() throws Exception {
        superuser("DROP DATABASE IF EXISTS herodotus WITH (FORCE)");
        superuser("DROP ROLE IF EXISTS herodotus");
    }
}
