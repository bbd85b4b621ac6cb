package demarc.api.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import demarc.api.neo4j.EmbeddedNeo4jServer;
import demarc.api.neo4j.EmbeddedSettings;
import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;

class NetworkGeneratorTest {

    @Test
    void theDocumentsImportInOrderAndHoldAboutTheElementsAskedFor(@TempDir Path home) throws Exception {
        List<NetworkGenerator.Document> documents = new NetworkGenerator(1_000, 7).documents();
        int elements = 0;
        try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.startOrJoin(
                new EmbeddedSettings(home, 0, 64L * 1024 * 1024, "false"));
             Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            new GraphSchema(driver, null).apply();
            InventoryImporter importer = new InventoryImporter(driver, null, new GraphGate());
            for (NetworkGenerator.Document document : documents) {
                ImportReport report = importer.importDocument(document.fileName(), document.text());
                int imported = report.counts().get("functions") + report.counts().get("resources");
                assertThat(imported).as(document.fileName()).isEqualTo(document.elements());
                elements += imported;
            }
        }

        assertThat(elements).isBetween(900, 1_000);
        assertThat(documents).extracting(NetworkGenerator.Document::source)
                .contains("gen-parties", "gen-cloud-a", "gen-cloud-b", "gen-fixed-part-1", "gen-mno-part-1",
                        "gen-isp-part-1", "gen-mvno-part-1");
        String all = String.join("\n", documents.stream().map(NetworkGenerator.Document::text).toList());
        assertThat(all).contains("kind: wholesale", "kind: interconnect", "anyOf:", "kind: remote-maintenance",
                "large-impact", "specified-user-info", "kind: cnf", "kind: container", "kind: availability-zone");
    }

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
        assertThat(new NetworkGenerator(2_000, 1).documents()).isEqualTo(new NetworkGenerator(2_000, 1).documents());
        assertThat(new NetworkGenerator(2_000, 2).documents()).isNotEqualTo(new NetworkGenerator(2_000, 1).documents());
    }

    @Test
    void aLargeCarrierIsSplitIntoSeveralDocuments() {
        List<NetworkGenerator.Document> documents = new NetworkGenerator(100_000, 1).documents();

        assertThat(documents).extracting(NetworkGenerator.Document::source).contains("gen-mno-part-2");
        assertThat(documents).allSatisfy(document -> assertThat(document.elements()).isLessThanOrEqualTo(
                NetworkGenerator.BLOCKS_PER_DOCUMENT * 35 + 11));
    }

    @Test
    void refusesATinyNetwork() {
        assertThatThrownBy(() -> new NetworkGenerator(10, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 100");
    }
}
