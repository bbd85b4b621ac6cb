package demarc.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same REST contract against a Neo4j 5.26 server in Docker, reached through {@code demarc.neo4j.uri} as an
 * external server would be. JUnit reports the class as skipped ("Docker is not available") where there is no
 * Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RestApiTestcontainersTest extends RestApiContract {

    private static final String PASSWORD = "demarc-test-secret";

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD);

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) {
        registry.add("demarc.neo4j.uri", neo4j::getBoltUrl);
        registry.add("demarc.neo4j.user", () -> "neo4j");
        registry.add("demarc.neo4j.password", () -> PASSWORD);
    }
}
