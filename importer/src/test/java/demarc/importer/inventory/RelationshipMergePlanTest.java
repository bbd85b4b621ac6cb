package demarc.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.summary.Plan;

import demarc.importer.cypher.CypherResource;
import demarc.importer.schema.GraphSchema;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * The relationship merges must look for the existing relationship by expanding from the rows' nodes. On a nearly
 * empty graph the planner would rather seek the relationship index on {@code source}, which reads every
 * relationship of the source for every row: an import quadratic in the size of the document (BENCHMARKS.md).
 */
class RelationshipMergePlanTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    @BeforeAll
    static void schemaOnEmptyGraph() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @ParameterizedTest
    @ValueSource(strings = {"merge-provided-by", "merge-service-requires", "merge-owned-by", "merge-operated-by",
            "merge-at-site", "merge-element-requires", "merge-manages", "merge-between", "merge-has-access"})
    void findsTheExistingRelationshipWithoutTheSourceIndex(String statement) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", "a");
        row.put("to", "b");
        row.put("slot", 0L);
        row.put("anyOf", false);
        row.put("end", 0L);
        row.put("kind", "maintenance");
        row.put("country", "JP");
        Map<String, Object> parameters = Map.of("rows", List.of(row), "source", "s",
                "importedAt", OffsetDateTime.now());
        String query = CypherResource.load(InventoryImporter.class, statement + ".cypher");

        Plan plan;
        try (var session = neo4j.driver().session()) {
            plan = session.run("EXPLAIN " + query, parameters).consume().plan();
        }

        assertThat(operators(plan)).noneMatch(operator -> operator.contains("RelationshipIndexSeek"))
                .anyMatch(operator -> operator.startsWith("Expand"));
    }

    private static List<String> operators(Plan plan) {
        List<String> operators = new ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }
}
