package demarc.queries.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.gate.GraphGate;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class ProvenanceQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static ProvenanceQuery provenance;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "provenance-graph.cypher");
        provenance = new ProvenanceQuery(neo4j.driver(), null, new GraphGate());
    }

    @Test
    void eachSourceOfTheNodesOnceWithItsDocumentAndImportTime() {
        assertThat(provenance.sources(List.of("sk-voice", "sk", "ic-1", "no-such-id"))).containsExactly(
                new InventorySource("fx-core", LocalDate.parse("2026-10-01"), "core.yaml", "aa11",
                        OffsetDateTime.parse("2026-11-28T09:30:00Z")),
                new InventorySource("fx-links", null, "links.csv", "bb22",
                        OffsetDateTime.parse("2026-11-28T10:00:00+09:00")));
    }

    @Test
    void aSourceWithoutItsSourceNodeIsNamedWithoutDocumentFields() {
        assertThat(provenance.sources(List.of("vm-x")))
                .containsExactly(new InventorySource("fx-hand", null, null, null, null));
    }

    @Test
    void theSourcesOfEachNodeInTheOrderTheyFirstDefinedIt() {
        assertThat(provenance.sourcesOf(List.of("sk", "sk-ims", "ic-1", "no-such-id"))).containsExactly(
                Map.entry("ic-1", List.of("fx-links")),
                Map.entry("sk", List.of("fx-core", "fx-links")),
                Map.entry("sk-ims", List.of("fx-core")));
    }
}
