package demarc.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import demarc.api.demo.DemoNetwork;
import demarc.importer.inventory.InventoryImporter;

/**
 * The web view end to end on the demo network, in headless Chromium, as a regulator would use it: search a service,
 * see its chain drawn with the cloud's VM marked as a third-party facility, click that VM and read the citation of its
 * duty decision, look at the carrier's page, run a what-if, and find an import in the audit. Screenshots go to
 * api/target/screenshots.
 */
class WebViewBrowserTest {

    @TempDir
    static Path temp;

    private static ServedWebView view;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void serveTheDemoAndOpenABrowser() throws Exception {
        view = new ServedWebView(temp.resolve("store"), temp.resolve("profile"));
        view.server.getBean(InventoryImporter.class).importDocument(DemoNetwork.FILE_NAME, DemoNetwork.content());
        base = view.base;
        browser = view.browser;
    }

    @AfterAll
    static void stop() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void searchAServiceSeeItsChainWithTheThirdPartyVmAndReadTheVmsCitation() {
        browser.driver.get(base);
        browser.awaitPage("search");
        browser.awaitElement(By.id("search-input")).sendKeys("volte");
        WebElement hit = browser.awaitElement(By.xpath("//table[@id='search-table']//a[text()='shinkai-voice']"));
        hit.click();

        browser.awaitPage("chain");
        WebElement graph = browser.awaitElement(By.id("graph"));
        assertThat(Integer.parseInt(graph.getDomAttribute("data-drawn-nodes"))).isGreaterThan(20);
        @SuppressWarnings("unchecked")
        List<String> thirdParty = (List<String>) browser.script(
                "return demarcGraph.$('node.third').map(n => n.id())");
        assertThat(thirdParty).contains("kumo-vm-5gc-a", "hs-noc").doesNotContain("sk-amf", "shinkai-voice");
        assertThat(browser.script("return demarcGraph.getElementById('kumo-vm-5gc-a').data('label')").toString())
                .contains("THIRD PARTY").contains("in-scope");
        assertThat(browser.script("return demarcGraph.$('edge.any-of').length")).isNotEqualTo(0L);
        assertThat(browser.script("return demarcGraph.$('edge.boundary').length")).isNotEqualTo(0L);
        assertThat(browser.driver.findElement(By.id("legend")).getText()).contains("Kumo Cloud", "third-party facility");

        clickNode("kumo-vm-5gc-a");
        browser.await(d -> "kumo-vm-5gc-a".equals(d.findElement(By.id("detail-id")).getText()));
        String decision = browser.driver.findElement(By.id("detail-decision")).getText();
        assertThat(decision).contains("in-scope", "jp-2024/item-2-3", "施行規則27条の2", "Duty bearer: Shinkai Mobile");
        assertThat(browser.driver.findElement(By.id("details")).getText()).contains("third party (他者設備)\nyes");
        Path shot = browser.screenshot("chain-shinkai-voice");
        assertThat(shot).isNotEmptyFile();
    }

    @Test
    void theCarrierPageShowsDutiesDemarcationGapsExposureAndTheRegimeDiff() {
        browser.driver.get(base + "#/carrier/shinkai");
        browser.awaitPage("carrier");
        WebElement duties = browser.awaitElement(By.id("duty-table"));
        assertThat(duties.getText()).contains("kumo-vm-5gc-a", "in-scope");
        new Select(browser.driver.findElement(By.id("duty-status"))).selectByValue("exempt");
        browser.await(d -> d.findElement(By.id("duty-table")).findElements(By.cssSelector("tbody tr")).stream()
                .allMatch(row -> row.getText().contains("exempt")));
        assertThat(browser.driver.findElement(By.id("duty-table")).getText()).contains("kumo-vm-ocs")
                .doesNotContain("kumo-vm-5gc-a");
        assertThat(browser.awaitElement(By.id("demarcation-table")).getText()).contains("ix-shinkai-hikari", "missing-point");
        assertThat(browser.awaitElement(By.id("exposure-lists")).getText()).contains("US", "VN");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("carrier-shinkai");

        new Select(browser.driver.findElement(By.id("diff-to"))).selectByValue("jp-2023");
        browser.driver.findElement(By.id("diff-run")).click();
        WebElement diff = browser.awaitElement(By.id("diff-table"));
        assertThat(diff.getText()).contains("kumo-vm-ocs", "exempt", "in-scope");
        assertThat(browser.driver.findElement(By.id("view")).getText()).doesNotContain("null");
        browser.script("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("diff")));
        browser.screenshot("carrier-shinkai-regime-diff");

        // the evidence report a regulator files opens from the page, printable, with the regime and its citations
        String report = browser.driver.findElement(By.id("evidence-report")).findElement(By.linkText("printable HTML"))
                .getAttribute("href");
        assertThat(report).contains("api/v1/reports/shinkai", "format=html", "regime=jp-2024");
        browser.driver.get(report);
        assertThat(browser.await(d -> d.findElement(By.tagName("body"))).getText())
                .contains("Shinkai Mobile", "jp-2024", "電気通信事業法");
    }

    @Test
    void aWhatIfOnTheTokyoZoneStopsVoiceAndDataAndSaysWhenItIsSerious() {
        browser.driver.get(base + "#/whatif");
        browser.awaitPage("whatif");
        browser.awaitElement(By.id("whatif-input")).sendKeys("az-tokyo-1");
        browser.awaitElement(By.cssSelector("#whatif-suggestions button[data-id='kumo-az-tokyo-1']")).click();
        assertThat(browser.driver.findElement(By.id("whatif-picked")).getText()).contains("kumo-az-tokyo-1");
        browser.driver.findElement(By.id("whatif-hours")).sendKeys("3");
        browser.driver.findElement(By.id("whatif-run")).click();

        WebElement services = browser.awaitElement(By.id("whatif-services"));
        assertThat(services.getText()).contains("shinkai-voice", "8,000,000", "voice-emergency", "1 h",
                "serious-accident", "shinkai-data");
        assertThat(browser.driver.findElement(By.id("whatif-summary")).getText()).startsWith("2 services fail");
        browser.screenshot("whatif-kumo-az-tokyo-1");
    }

    @Test
    void anImportThroughTheApiShowsOnTheAuditPageWithItsSourceHashAndCounts() throws Exception {
        // The demo again: the graph stays as it is (imports are idempotent), and the audit gets a REST import.
        byte[] demo = DemoNetwork.content().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/imports?file=" + DemoNetwork.FILE_NAME))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(demo)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(demo));

        browser.driver.get(base + "#/audit");
        browser.awaitPage("audit");
        assertThat(browser.driver.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("Audit");
        assertThat(browser.awaitElement(By.id("audit-table")).getText()).contains("POST /api/v1/imports");
        new Select(browser.driver.findElement(By.id("audit-method"))).selectByValue("POST");
        browser.driver.findElement(By.id("audit-run")).click();
        browser.await(d -> d.getCurrentUrl().contains("method=POST"));
        browser.awaitPage("audit");

        WebElement newest = browser.awaitElement(By.cssSelector("#audit-table tbody tr"));
        assertThat(newest.getText()).contains("local", "POST /api/v1/imports", "file=" + DemoNetwork.FILE_NAME,
                hash.substring(0, 12), "parties", "ok 200");
        assertThat(browser.driver.findElement(By.id("audit-count")).getText()).contains("matching the filters");
        newest.click();
        assertThat(browser.awaitElement(By.cssSelector("#audit-table tr.detail-row")).getText())
                .contains(hash, String.format(Locale.ENGLISH, "%,d", demo.length), "127.0.0.1");
        browser.screenshot("audit");

        String csv = browser.driver.findElement(By.cssSelector("#audit-export a[data-format='csv']")).getAttribute("href");
        assertThat(csv).contains("api/v1/audit?", "method=POST", "format=csv");
        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(export.body()).startsWith("at,who,role").contains("/api/v1/imports", hash);
    }

    /** A real mouse click on the node's box in the canvas, after centring it in the view. */
    private static void clickNode(String id) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script("""
                const node = demarcGraph.getElementById(arguments[0]);
                demarcGraph.center(node);
                const p = node.renderedPosition();
                return [p.x, p.y];""", id);
        WebElement graph = browser.driver.findElement(By.id("graph"));
        int dx = (int) Math.round(at.get(0).doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get(1).doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser.driver).moveToElement(graph, dx, dy).click().perform();
    }
}
