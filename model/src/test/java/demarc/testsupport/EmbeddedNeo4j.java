package demarc.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j for one test class: embedded, in a temporary folder, reached over Bolt by the Java driver exactly
 * as production code reaches any server. Register it with
 * {@code @RegisterExtension static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();} and call {@link #driver()}.
 * {@link #clear()} empties the graph between tests; the schema stays.
 */
public final class EmbeddedNeo4j implements BeforeAllCallback, AfterAllCallback {

    private Path home;
    private DatabaseManagementService service;
    private Driver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("demarc-test-neo4j");
        int port = freePort();
        service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                // Spring Boot 4 brings Netty 4.2, which the in-JVM local Bolt channel of Neo4j 5.26 rejects.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                // Without these a shutdown waits ~10 s for idle Netty threads.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build();
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
        driver.verifyConnectivity();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.close();
        }
        if (service != null) {
            service.shutdown();
        }
        if (home != null) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A driver connected to this class's database over Bolt. */
    public Driver driver() {
        return driver;
    }

    /** Removes every node and relationship; constraints and indexes stay. */
    public void clear() {
        try (var session = driver.session()) {
            // CALL IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
