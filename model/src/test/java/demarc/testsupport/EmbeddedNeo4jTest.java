package demarc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedNeo4jTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    @Test
    void answersCypherOverBoltAndClears() {
        neo4j.driver().executableQuery("CREATE (:Probe {id: 'a'})").execute();
        assertThat(count()).isEqualTo(1);
        neo4j.clear();
        assertThat(count()).isZero();
    }

    private long count() {
        return neo4j.driver().executableQuery("MATCH (n) RETURN count(n) AS n").execute()
                .records().get(0).get("n").asLong();
    }
}
