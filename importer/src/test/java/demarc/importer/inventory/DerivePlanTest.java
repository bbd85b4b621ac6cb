package demarc.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.summary.Plan;

import demarc.importer.cypher.CypherResource;
import demarc.importer.schema.GraphSchema;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * The statements run at the end of every import read only the nodes the import touched: each finds them by the
 * unique {@code id} of their label, never by scanning a label (which made every import as slow as the graph is
 * large: BENCHMARKS.md).
 */
class DerivePlanTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    @BeforeAll
    static void schemaOnEmptyGraph() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @ParameterizedTest
    @ValueSource(strings = {"drop-stale-default-operators", "add-default-operators", "clear-requires-connections",
            "set-requires-connections", "find-incomplete"})
    void seeksTheTouchedNodesByIdInsteadOfScanningALabel(String statement) {
        String query = CypherResource.load(InventoryImporter.class, statement + ".cypher");

        Plan plan;
        try (var session = neo4j.driver().session()) {
            plan = session.run("EXPLAIN " + query, Map.of("ids", List.of("a", "b"))).consume().plan();
        }

        assertThat(operators(plan)).noneMatch(operator -> operator.contains("LabelScan")
                        || operator.contains("AllNodesScan") || operator.contains("RelationshipTypeScan"))
                .anyMatch(operator -> operator.startsWith("NodeUniqueIndexSeek"));
    }

    private static List<String> operators(Plan plan) {
        List<String> operators = new ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }
}
