package demarc.api.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Neo4j (community) that demarc runs when no external server is configured, reached like any
 * server: over Bolt on 127.0.0.1, without authentication and without encryption.
 *
 * <p>The DBMS home is {@code demarc.db}; the Bolt address of the running server is written to
 * {@value #BOLT_ADDRESS_FILE} in that folder. A second demarc process pointed at a store another process holds
 * cannot open it (Neo4j locks the store), so it reads that file and connects to the first process instead:
 * {@link #joined()} is then {@code true}, and closing it leaves the other process's server alone.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

    /** The file in the DBMS home that names the Bolt address of the process holding the store. */
    public static final String BOLT_ADDRESS_FILE = "bolt-address";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);
    private static final String HOST = "127.0.0.1";
    /** How long a process that finds the store locked waits for the holder to publish its Bolt address. */
    private static final Duration JOIN_WAIT = Duration.ofSeconds(30);
    /** Small rotated files let the retention policy below free space; Neo4j's default file is 256 MiB. */
    private static final long LOG_ROTATION_BYTES = 32L * 1024 * 1024;

    private final Path home;
    private final URI boltUri;
    private final DatabaseManagementService dbms;
    private final long startMillis;

    private EmbeddedNeo4jServer(Path home, URI boltUri, DatabaseManagementService dbms, long startMillis) {
        this.home = home;
        this.boltUri = boltUri;
        this.dbms = dbms;
        this.startMillis = startMillis;
    }

    /**
     * Starts a server on the store in {@code settings.home()}, or joins the demarc process that already holds it.
     *
     * @throws IllegalStateException when the store is locked and no running holder answers, or Neo4j cannot start
     */
    public static EmbeddedNeo4jServer startOrJoin(EmbeddedSettings settings) {
        long began = System.nanoTime();
        Path home = settings.home().toAbsolutePath().normalize();
        Optional<URI> running = answeringBoltAddress(home);
        if (running.isPresent()) {
            return joining(home, running.get());
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Neo4j store folder " + home, e);
        }
        DatabaseManagementService dbms;
        try {
            dbms = build(home, settings);
        } catch (RuntimeException e) {
            if (!causedByStoreLock(e)) {
                throw new IllegalStateException("embedded Neo4j could not start on " + home + " with Bolt on "
                        + HOST + ":" + settings.boltPort() + ": " + rootMessage(e)
                        + " (choose another port with demarc.bolt.port, 0 for any free one)", e);
            }
            return joining(home, awaitHolder(home, e));
        }
        URI boltUri = URI.create("bolt://" + HOST + ":" + boundBoltPort(dbms));
        writeBoltAddress(home, boltUri);
        long millis = (System.nanoTime() - began) / 1_000_000;
        log.info("embedded Neo4j started in {} ms: store {}, Bolt {}", millis, home, boltUri);
        return new EmbeddedNeo4jServer(home, boltUri, dbms, millis);
    }

    /** The Bolt address drivers connect to. */
    public URI boltUri() {
        return boltUri;
    }

    /** The DBMS home, holding the store, the Neo4j logs and {@value #BOLT_ADDRESS_FILE}. */
    public Path home() {
        return home;
    }

    /** {@code true} when another process holds the store and this one only connects to it. */
    public boolean joined() {
        return dbms == null;
    }

    /** How long this process spent starting (or finding) the server. */
    public long startMillis() {
        return startMillis;
    }

    /** Stops the server this process started and withdraws its address; does nothing for a joined server. */
    @Override
    public void close() {
        if (dbms == null) {
            return;
        }
        try {
            Files.deleteIfExists(home.resolve(BOLT_ADDRESS_FILE));
        } catch (IOException e) {
            log.warn("could not delete {}: {}", home.resolve(BOLT_ADDRESS_FILE), e.getMessage());
        }
        long began = System.nanoTime();
        dbms.shutdown();
        log.info("embedded Neo4j stopped in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    private static DatabaseManagementService build(Path home, EmbeddedSettings settings) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, settings.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Neo4j's HTTP server brings a javax Jersey stack that breaks Boot 4's jakarta one.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Bolt listens on 127.0.0.1 only, so nobody else can reach the unauthenticated server.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, settings.txLogRetention())
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, LOG_ROTATION_BYTES)
                // Boot 4 brings Netty 4.2, which the in-JVM local Bolt channel of Neo4j 5.26 rejects.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                // Without these a shutdown waits ~10 s for idle Netty threads.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    /** The port Bolt actually listens on, which differs from the configured one when that is 0. */
    private static int boundBoltPort(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    private static EmbeddedNeo4jServer joining(Path home, URI boltUri) {
        log.info("the Neo4j store {} is held by another running demarc process; connecting to its Bolt at {}",
                home, boltUri);
        return new EmbeddedNeo4jServer(home, boltUri, null, 0);
    }

    /** The store is locked: the holder may still be starting, so give it time to publish its address. */
    private static URI awaitHolder(Path home, RuntimeException lockFailure) {
        long deadline = System.nanoTime() + JOIN_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<URI> running = answeringBoltAddress(home);
            if (running.isPresent()) {
                return running.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the Neo4j store " + home + " is locked by another process, which does not"
                + " answer at the address in " + home.resolve(BOLT_ADDRESS_FILE)
                + "; stop that process or choose another store (demarc.db)", lockFailure);
    }

    /** The address in {@value #BOLT_ADDRESS_FILE}, when the file exists and something listens there. */
    private static Optional<URI> answeringBoltAddress(Path home) {
        Path file = home.resolve(BOLT_ADDRESS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | IllegalArgumentException e) {
            log.warn("ignoring unreadable {}: {}", file, e.getMessage());
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return Optional.of(uri);
        } catch (IOException e) {
            // left behind by a process that died without shutting down: the store is free
            return Optional.empty();
        }
    }

    private static void writeBoltAddress(Path home, URI boltUri) {
        try {
            Files.writeString(home.resolve(BOLT_ADDRESS_FILE), boltUri + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + home.resolve(BOLT_ADDRESS_FILE), e);
        }
    }

    private static boolean causedByStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileLockException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
