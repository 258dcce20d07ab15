package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI of a desk started with a read token, in a real headless Chromium: it asks for the
 * token instead of failing, refuses a wrong one, works everywhere once given the right one (the
 * map, an incident's board, the API's own page), and asks again once the user forgets it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskReadTokenTest {

    private static final String READ = "only-for-the-newsroom-2026";

    private Store store;
    private DeskServer desk;
    private WebDriver driver;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        store = Store.open(tmp.resolve("closed.duckdb").toString());
        store.ingest(Articles.baghdad());
        for (int i = 0; i < 3; i++) {
            store.ingest(Articles.goma(i, LocalDate.of(2023, 5, 1).plusDays(i)));
        }
        desk = DeskServer.start(ServerConfig.of(store).withTokens(null, READ));
        driver = Chromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (desk != null) {
            desk.close();
        }
        store.close();
    }

    /** Waits for {@code condition}; on a timeout the failure says what the page showed. */
    private void until(java.util.function.Function<WebDriver, Boolean> condition) throws java.io.IOException {
        try {
            // an element of a view the desk has since redrawn means "not yet": keep waiting
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot(driver, "read-token-timeout");
            throw new AssertionError("timed out on " + driver.getCurrentUrl() + ", which showed: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void enter(String token) {
        driver.findElement(By.id("token-input")).sendKeys(token + "\n");
    }

    @Test
    void aUserWhoKnowsTheReadTokenCanUseTheDeskAndNobodyElseCan() throws Exception {
        driver.get(desk.url() + "#/");
        until(d -> !d.findElements(By.id("token-form")).isEmpty());
        Chromium.screenshot(driver, "read-token-1-asked");
        assertThat(driver.findElements(By.cssSelector("#event-list li.event"))).isEmpty();
        assertThat(driver.findElement(By.id("token-clear")).isDisplayed()).isFalse();

        enter("only-for-the-newsroom-2025");
        until(d -> !d.findElements(By.id("token-error")).isEmpty());
        assertThat(driver.findElement(By.id("token-error")).getText()).contains("not accepted");
        assertThat(driver.findElements(By.cssSelector("#event-list li.event"))).isEmpty();

        driver.findElement(By.id("token-input")).clear();
        enter(READ);
        until(d -> d.findElements(By.cssSelector("#event-list li.event")).size() == 4);
        until(d -> !d.findElements(By.cssSelector("#map .ev-dot, #map .marker-cluster")).isEmpty());
        assertThat(driver.findElements(By.id("token-form"))).isEmpty();
        assertThat(driver.findElement(By.id("token-clear")).isDisplayed()).isTrue();
        Chromium.screenshot(driver, "read-token-2-desk");

        // The token stays with the tab: other pages open without asking again.
        driver.findElement(By.cssSelector("#incident-list li.incident a")).click();
        until(d -> !d.findElements(By.cssSelector("#board li.candidate")).isEmpty());
        assertThat(driver.findElements(By.id("token-form"))).isEmpty();
        // It is sent as a header, never put in an address.
        assertThat((String) ((JavascriptExecutor) driver).executeScript("return location.href;")).doesNotContain(READ);

        driver.get(desk.url() + "api/docs");
        until(d -> d.findElement(By.tagName("body")).getText().contains("/api/events"));

        driver.get(desk.url() + "#/incidents");
        until(d -> !d.findElements(By.cssSelector("#view li.incident")).isEmpty());
        driver.findElement(By.id("token-clear")).click();
        until(d -> !d.findElements(By.id("token-form")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#view li.incident"))).isEmpty();
    }
}
