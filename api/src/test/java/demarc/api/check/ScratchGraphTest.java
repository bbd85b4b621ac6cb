package demarc.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import demarc.api.demo.DemoNetwork;
import demarc.importer.inventory.InventoryImporter;
import demarc.model.gate.GraphGate;
import demarc.queries.check.GraphExport;

/** The scratch graph on real Neo4j: a copy is the stored graph node for node, and clearing empties it. */
class ScratchGraphTest {

    private static final ScratchGraph STORED = new ScratchGraph();
    private static final ScratchGraph SCRATCH = new ScratchGraph();

    @AfterAll
    static void stop() {
        STORED.close();
        SCRATCH.close();
    }

    /** Each node as its sorted labels and properties, each relationship by its type, end ids and properties. */
    private static List<String> canonical(GraphExport.Snapshot snapshot) {
        Map<String, Object> ids = new HashMap<>();
        snapshot.nodes().forEach(node -> ids.put(node.key(), node.properties().get("id")));
        List<String> nodes = snapshot.nodes().stream()
                .map(node -> node.labels().stream().sorted().toList() + " " + new TreeMap<>(node.properties()))
                .toList();
        List<String> relationships = snapshot.relationships().stream()
                .map(rel -> ids.get(rel.from()) + " -" + rel.type() + "-> " + ids.get(rel.to()) + " "
                        + new TreeMap<>(rel.properties()))
                .toList();
        return Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
    }

    @Test
    void aCopyHoldsEveryNodeAndRelationshipWithItsProvenanceAndClearingEmptiesIt() throws Exception {
        new InventoryImporter(STORED.driver(), null, new GraphGate())
                .importDocument(DemoNetwork.FILE_NAME, DemoNetwork.content());
        GraphExport.Snapshot original = new GraphExport(STORED.driver(), null, new GraphGate()).snapshot();

        SCRATCH.copy(original);
        GraphExport.Snapshot copy = new GraphExport(SCRATCH.driver(), null, new GraphGate()).snapshot();

        assertThat(original.nodes()).hasSizeGreaterThan(40);
        assertThat(canonical(copy)).isEqualTo(canonical(original));
        assertThat(canonical(copy).toString()).contains("sources=[demarc-demo]", "importedAt=");
        assertThat(SCRATCH.startMillis()).isPositive();

        SCRATCH.clear();
        GraphExport.Snapshot cleared = new GraphExport(SCRATCH.driver(), null, new GraphGate()).snapshot();
        assertThat(cleared.nodes()).isEmpty();
        assertThat(cleared.relationships()).isEmpty();
    }
}
