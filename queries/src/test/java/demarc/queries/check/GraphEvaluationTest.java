package demarc.queries.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.gate.GraphGate;
import demarc.queries.check.GraphEvaluation.Evaluation;
import demarc.queries.rulebook.Regimes;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

/** The design check's graph-side pieces on the what-if fixture: the export and the evaluation it compares. */
class GraphEvaluationTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "whatif-graph.cypher");
    }

    @Test
    void theEvaluationKeysEveryDecisionAndGivesEveryServiceItsAccidentExposure() {
        Evaluation evaluation = new GraphEvaluation(neo4j.driver(), null, new GraphGate(), Regimes.bundled())
                .evaluate(null);

        assertThat(evaluation.duties().get("ca/ca-voice/ca-sw").status()).isEqualTo("in-scope");
        assertThat(evaluation.duties().get("ca/ca-voice/host").thirdParty()).isTrue();
        // the walk stops at the declared interconnect: the line beyond it is the other carrier's
        assertThat(evaluation.duties()).doesNotContainKey("ca/ca-voice/cb-line");
        assertThat(evaluation.demarcations().get("ix").status()).isEqualTo("missing-function-check");
        assertThat(evaluation.spofs()).containsOnlyKeys("ca-voice/ca-app", "ca-voice/ca-sw", "ca-voice/cb-line",
                "ca-voice/host", "cb-svc/cb-app", "cb-svc/host");
        assertThat(evaluation.spofs().get("ca-voice/host").thirdParty()).isTrue();
        assertThat(evaluation.exposure()).containsOnlyKeys("ca-data", "ca-voice", "cb-svc");
        assertThat(evaluation.exposure().get("ca-voice").accidentClass()).isEqualTo("voice-emergency");
        assertThat(evaluation.exposure().get("ca-voice").seriousAfterHours()).isEqualTo(1.0);
        assertThat(evaluation.exposure().get("cb-svc").seriousAfterHours()).isEqualTo(2.0);
    }

    @Test
    void theExportHoldsEveryNodeAndRelationshipWithLabelsAndProperties() {
        GraphExport.Snapshot snapshot = new GraphExport(neo4j.driver(), null, new GraphGate()).snapshot();
        long nodes;
        long relationships;
        try (var session = neo4j.driver().session()) {
            nodes = session.run("MATCH (n) RETURN count(n)").single().get(0).asLong();
            relationships = session.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong();
        }

        assertThat(snapshot.nodes()).hasSize((int) nodes);
        assertThat(snapshot.relationships()).hasSize((int) relationships);
        GraphExport.ExportedNode vm = snapshot.nodes().stream()
                .filter(node -> "vm-a1".equals(node.properties().get("id"))).findFirst().orElseThrow();
        assertThat(vm.labels()).containsExactlyInAnyOrder("Element", "Resource");
        assertThat(vm.properties()).containsEntry("kind", "vm");
        GraphExport.ExportedNode source = snapshot.nodes().stream()
                .filter(node -> node.labels().contains("Source")).findFirst().orElseThrow();
        assertThat(source.properties()).containsKeys("importedAt", "asOf", "hash");
        Map<String, Object> crossing = snapshot.relationships().stream()
                .filter(rel -> rel.properties().containsKey("connection")).findFirst().orElseThrow().properties();
        assertThat(crossing).containsEntry("connection", "ix").containsEntry("slot", 0L).containsEntry("anyOf", false);
        assertThat(snapshot.relationships()).extracting(GraphExport.ExportedRelationship::type)
                .containsAll(List.of("REQUIRES", "OWNED_BY", "PROVIDED_BY", "MANAGES", "BETWEEN"));
    }
}
