package demarc.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import demarc.api.access.ApiKeyStore;
import demarc.api.access.Role;

/**
 * The web view on a server that needs API keys, in headless Chromium: the audit page asks for a key, tells an
 * architect it is not permitted, and shows a regulator the log, the architect's refusal included; the key entered
 * in the header is what every page and download sends.
 */
class AuditPageBrowserTest {

    @TempDir
    static Path temp;

    private static ServedWebView view;
    private static Browser browser;
    private static String base;
    private static String architectKey;
    private static String regulatorKey;

    @BeforeAll
    static void serveAStoreWithKeysAndOpenABrowser() {
        Path store = temp.resolve("store");
        ApiKeyStore keys = ApiKeyStore.in(store);
        architectKey = keys.create(Role.ARCHITECT, "ana").secret();
        regulatorKey = keys.create(Role.REGULATOR, "mic").secret();
        view = new ServedWebView(store, temp.resolve("profile"));
        base = view.base;
        browser = view.browser;
    }

    @AfterAll
    static void stop() {
        if (view != null) {
            view.close();
        }
    }

    private static void useKey(String key) {
        browser.awaitElement(By.id("api-key-input")).sendKeys(key);
        browser.driver.findElement(By.id("api-key-use")).click();
        browser.awaitElement(By.id("api-key-forget"));
    }

    @Test
    void withoutAKeyTheAuditAsksForOneAnArchitectIsNotPermittedAndARegulatorReadsIt() {
        browser.driver.get(base + "#/audit");
        browser.awaitPage("audit");
        assertThat(browser.awaitElement(By.id("audit-refused")).getText())
                .contains("This server needs an API key", "regulator or admin");

        useKey(architectKey);
        browser.await(d -> d.findElement(By.id("audit-refused")).getText().startsWith("Not permitted"));
        assertThat(browser.driver.findElement(By.id("audit-refused")).getText())
                .contains("the key 'ana' has the role architect", "regulator or admin");
        assertThat(browser.driver.findElements(By.id("audit-table"))).isEmpty();
        browser.screenshot("audit-not-permitted");

        browser.driver.findElement(By.id("api-key-forget")).click();
        useKey(regulatorKey);
        browser.awaitPage("audit");
        String log = browser.awaitElement(By.id("audit-table")).getText();
        assertThat(log).contains("ana (architect)", "GET /api/v1/audit", "refused 403", "anonymous", "refused 401");
        assertThat(browser.driver.findElement(By.id("api-key-status")).getText()).contains("API key in use");
        assertThat(browser.driver.getPageSource()).as("the key is never written into the page")
                .doesNotContain(regulatorKey).doesNotContain(architectKey);

        // A plain link cannot send the key: the export link fetches with it and saves what came.
        Path downloads = temp.resolve("downloads");
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.driver.findElement(By.cssSelector("#audit-export a[data-format='csv']")).click();
        Path csv = downloads.resolve("demarc-audit.csv");
        browser.await(d -> Files.isRegularFile(csv) && csv.toFile().length() > 0);
        assertThat(csv).content().startsWith("at,who,role").contains("ana,architect,rest");

        browser.driver.get(base + "#/search");
        browser.awaitPage("search");
        assertThat(browser.awaitElement(By.id("search-results")).getText()).as("other pages send the key too")
                .doesNotContain("Could not load");
    }
}
