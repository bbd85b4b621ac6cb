package demarc.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.DemarcApplication;

/**
 * The embedded Neo4j as the application context starts it: one store, two contexts, the second joining the
 * first through the {@code bolt-address} file, as a second {@code demarc} process on the same store would.
 */
class Neo4jConnectionInitializerTest {

    @TempDir
    static Path store;

    @Test
    void aSecondContextOnTheSameStoreConnectsToTheFirst() throws IOException {
        Path addressFile = store.resolve(EmbeddedNeo4jServer.BOLT_ADDRESS_FILE);
        try (ConfigurableApplicationContext first = start()) {
            EmbeddedNeo4jServer server = first.getBean(EmbeddedNeo4jServer.class);
            assertThat(server.joined()).isFalse();
            assertThat(server.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.boltUri().getPort()).isPositive();
            assertThat(Files.readString(addressFile).strip()).isEqualTo(server.boltUri().toString());
            assertThat(first.getEnvironment().getProperty("spring.neo4j.uri")).isEqualTo(server.boltUri().toString());

            Driver firstDriver = first.getBean(Driver.class);
            firstDriver.executableQuery("CREATE (:Probe {id: $id})")
                    .withParameters(Map.of("id", "written-by-first")).execute();

            try (ConfigurableApplicationContext second = start()) {
                EmbeddedNeo4jServer joined = second.getBean(EmbeddedNeo4jServer.class);
                assertThat(joined.joined()).isTrue();
                assertThat(joined.boltUri()).isEqualTo(server.boltUri());
                var ids = second.getBean(Driver.class).executableQuery("MATCH (p:Probe) RETURN p.id AS id")
                        .execute().records().stream().map(r -> r.get("id").asString()).toList();
                assertThat(ids).containsExactly("written-by-first");
            }
            // the joined context closed without stopping the server it shared or withdrawing its address
            assertThat(addressFile).exists();
            firstDriver.verifyConnectivity();
        }
        assertThat(addressFile).doesNotExist();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DemarcApplication.class)
                .web(WebApplicationType.NONE)
                .run("--demarc.db=" + store, "--demarc.bolt.port=0");
    }
}
