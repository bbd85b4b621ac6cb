package demarc.api.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import demarc.api.neo4j.EmbeddedNeo4jServer;
import demarc.api.neo4j.EmbeddedSettings;
import demarc.importer.schema.GraphSchema;
import demarc.queries.check.GraphExport;
import demarc.queries.cypher.CypherResource;

/**
 * A second, throw-away embedded Neo4j in a temporary folder, where design checks import their documents: the stored
 * graph is never written. Neo4j Community has one user database, so isolation takes a DBMS of its own. It starts
 * on the first check (Bolt on a free 127.0.0.1 port: the queries take a driver, and Neo4j 5.26's in-JVM Bolt
 * channel does not run beside Boot 4's Netty), stays up for the next ones, which find it empty, and is deleted
 * with its folder on {@link #close()}.
 */
public final class ScratchGraph implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScratchGraph.class);
    private static final String COPY_NODES = CypherResource.load(ScratchGraph.class, "copy-nodes.cypher");
    private static final String COPY_RELATIONSHIPS = CypherResource.load(ScratchGraph.class,
            "copy-relationships.cypher");
    private static final String CLEAR = CypherResource.load(ScratchGraph.class, "clear.cypher");
    private static final int BATCH = 2_000;
    /** A scratch graph holds one inventory at a time; the demo network needs well under a megabyte. */
    private static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;

    private Path home;
    private EmbeddedNeo4jServer server;
    private Driver driver;
    private long startMillis;

    /** The driver of the scratch graph, started on first use. */
    public synchronized Driver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    /** How long the scratch DBMS took to start, 0 before it has. */
    public synchronized long startMillis() {
        return startMillis;
    }

    private void start() {
        long began = System.nanoTime();
        try {
            home = Files.createTempDirectory("demarc-check-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the design check's scratch graph", e);
        }
        server = EmbeddedNeo4jServer.startOrJoin(new EmbeddedSettings(home, 0, PAGE_CACHE_BYTES, "false"));
        driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        new GraphSchema(driver, null).apply();
        startMillis = (System.nanoTime() - began) / 1_000_000;
        log.info("design-check scratch graph started in {} ms in {}", startMillis, home);
    }

    /** Deletes every node and relationship; the schema stays. */
    public void clear() {
        try (var session = driver().session(SessionConfig.defaultConfig())) {
            long deleted;
            do {
                deleted = session.executeWrite(tx -> tx.run(CLEAR, Map.of("batch", BATCH)).single().get(0).asLong());
            } while (deleted > 0);
        }
    }

    /** Writes {@code snapshot} into the scratch graph, in batches, in one transaction: all of it or nothing. */
    public void copy(GraphExport.Snapshot snapshot) {
        try (var session = driver().session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> {
                Map<String, String> copies = new HashMap<>();
                for (List<GraphExport.ExportedNode> batch : batches(snapshot.nodes())) {
                    List<Map<String, Object>> rows = batch.stream().map(node -> Map.<String, Object>of(
                            "key", node.key(), "labels", node.labels(), "properties", node.properties())).toList();
                    tx.run(COPY_NODES, Map.of("rows", rows))
                            .forEachRemaining(row -> copies.put(row.get("key").asString(), row.get("copy").asString()));
                }
                for (List<GraphExport.ExportedRelationship> batch : batches(snapshot.relationships())) {
                    List<Map<String, Object>> rows = batch.stream().map(rel -> Map.<String, Object>of(
                            "from", copies.get(rel.from()), "to", copies.get(rel.to()), "type", rel.type(),
                            "properties", rel.properties())).toList();
                    tx.run(COPY_RELATIONSHIPS, Map.of("rows", rows)).consume();
                }
            });
        }
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            batches.add(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
        return batches;
    }

    /** Stops the scratch DBMS and deletes its folder. */
    @Override
    public synchronized void close() {
        if (driver != null) {
            driver.close();
            driver = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                log.warn("could not delete the scratch graph folder {}: {}", home, e.getMessage());
            }
            home = null;
        }
    }
}
