package demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API on the embedded Neo4j that the application starts by default, in a fresh store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "demarc.bolt.port=0")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RestApiTest extends RestApiContract {

    @TempDir
    static Path store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("demarc.db", store::toString);
    }

    @Autowired
    Neo4jMappingContext mappingContext;

    /** The benchmark's saveAll entities (demarc.api.bench.sdn) live in a mapping context of their own. */
    @Test
    void theApplicationMapsNoEntity() {
        assertThat(mappingContext.getPersistentEntities()).isEmpty();
    }
}
