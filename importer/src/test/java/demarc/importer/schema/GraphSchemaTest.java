package demarc.importer.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.exceptions.ClientException;

import demarc.testsupport.EmbeddedNeo4j;

class GraphSchemaTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    @Test
    void createsUniqueIdsAndIndexesAndCanRunAgain() {
        GraphSchema schema = new GraphSchema(neo4j.driver(), null);
        schema.apply();
        List<String> constraints = names("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
        List<String> indexes = names("SHOW INDEXES YIELD name RETURN name ORDER BY name");

        schema.apply();

        assertThat(names("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")).isEqualTo(constraints)
                .containsExactly("connection_id", "element_id", "party_id", "service_id", "source_id");
        assertThat(names("SHOW INDEXES YIELD name RETURN name ORDER BY name")).isEqualTo(indexes)
                .contains("element_kind", "requires_source", "requires_connection", "has_access_source");
        try (var session = neo4j.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Element {id: 'x'})").consume());
            assertThatThrownBy(() -> session.executeWriteWithoutResult(
                    tx -> tx.run("CREATE (:Element:Function {id: 'x'})").consume()))
                    .isInstanceOf(ClientException.class).hasMessageContaining("already exists");
        }
    }

    private static List<String> names(String query) {
        try (var session = neo4j.driver().session()) {
            return session.run(query).list(row -> row.get("name").asString());
        }
    }
}
