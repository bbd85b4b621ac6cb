package demarc.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import demarc.api.generate.NetworkGenerator;
import demarc.importer.inventory.InventoryImporter;

/**
 * The web view on a generated network of 10,000 elements ({@code demarc generate --elements 10000}): a cloud zone
 * that hundreds of services depend on is drawn a page of boxes at a time, grouping by owner folds it into a few
 * boxes, and a search names only its first matches. What is asserted is what is drawn, not how fast.
 */
class LargeNetworkWebViewTest {

    /** The boxes the chain page draws at first and adds per "show more" (chain.js PAGE). */
    private static final int PAGE = 60;
    private static final String ZONE = "gen-cloud-a-az-tokyo-1";

    @TempDir
    static Path temp;

    private static ServedWebView view;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void serveAGeneratedNetworkOfTenThousandElements() throws Exception {
        view = new ServedWebView(temp.resolve("store"), temp.resolve("profile"));
        InventoryImporter importer = view.server.getBean(InventoryImporter.class);
        for (NetworkGenerator.Document document : new NetworkGenerator(10_000, 1).documents()) {
            importer.importDocument(document.fileName(), document.text());
        }
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
    void aZoneUnderHundredsOfServicesIsDrawnAPageAtATimeAndFoldsByOwner() {
        browser.driver.get(base + "#/chain/" + ZONE);
        browser.awaitPage("chain");
        WebElement graph = browser.awaitElement(By.id("graph"));
        int total = Integer.parseInt(graph.getDomAttribute("data-total-nodes"));
        assertThat(total).isGreaterThan(500);
        assertThat(drawn(graph)).isEqualTo(PAGE);
        assertThat(browser.script("return demarcGraph.nodes().not('.layer-label').length")).isEqualTo((long) PAGE);
        assertThat(browser.driver.findElement(By.id("graph-status")).getText())
                .startsWith("Showing " + PAGE + " of " + total + " boxes");

        browser.driver.findElement(By.id("show-more")).click();
        browser.await(d -> drawn(d.findElement(By.id("graph"))) == 2 * PAGE);

        browser.driver.findElement(By.id("group-by-owner")).click();
        browser.await(d -> Integer.parseInt(d.findElement(By.id("graph")).getDomAttribute("data-total-nodes")) < 40);
        WebElement grouped = browser.driver.findElement(By.id("graph"));
        assertThat(drawn(grouped)).isEqualTo(Integer.parseInt(grouped.getDomAttribute("data-total-nodes")));
        assertThat(browser.driver.findElement(By.id("show-more")).isDisplayed()).isFalse();
        browser.screenshot("large-network-zone-grouped-by-owner");
    }

    @Test
    void aSearchMatchingThousandsListsTheFirstFifty() {
        browser.driver.get(base + "#/search?q=gen-mno");
        browser.awaitPage("search");
        WebElement results = browser.awaitElement(By.id("search-table"));
        assertThat(results.findElements(By.cssSelector("tbody tr"))).hasSize(50);
        assertThat(browser.driver.findElement(By.id("search-results")).getText()).contains("The first 50 matches");
    }

    private static int drawn(WebElement graph) {
        return Integer.parseInt(graph.getDomAttribute("data-drawn-nodes"));
    }
}
