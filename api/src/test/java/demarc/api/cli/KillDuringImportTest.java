package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;

import demarc.api.generate.NetworkGenerator;
import demarc.api.neo4j.EmbeddedNeo4jServer;
import demarc.api.neo4j.EmbeddedSettings;
import demarc.importer.format.FormatImporter;
import demarc.importer.format.Formats;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.queries.check.GraphExport;

/**
 * kill -9 in the middle of an import. A child JVM runs {@code demarc import} of a generated network on a store
 * that already holds part of it; while the import's write transaction runs (seen from outside with
 * {@code SHOW TRANSACTIONS}), the child is killed without warning. The store then opens again in another
 * process (Neo4j recovers from its transaction log and the dead process's lock is gone), holds exactly what it
 * held before, and the same import, run again, succeeds.
 */
class KillDuringImportTest {

    /** Big enough that the one write transaction of the unit runs for seconds, even on a fast machine. */
    private static final int ELEMENTS = 2500;
    /** The documents imported before the kill: the parties, both clouds and the first carrier part. */
    private static final int IMPORTED_BEFORE = 4;
    private static final Duration CHILD_DEADLINE = Duration.ofMinutes(8);

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesThePreviousStateAndCanBeRunAgain() throws Exception {
        Path store = work.resolve("store");
        Path documents = Files.createDirectory(work.resolve("generated"));
        List<Path> files = new ArrayList<>();
        for (NetworkGenerator.Document document : new NetworkGenerator(ELEMENTS, 1).documents()) {
            Path file = documents.resolve(document.fileName());
            Files.writeString(file, document.text(), StandardCharsets.UTF_8);
            files.add(file);
        }
        assertThat(files).hasSizeGreaterThan(IMPORTED_BEFORE);

        Set<Object> before;
        try (Graph graph = Graph.open(store)) {
            graph.importer().importPaths(files.subList(0, IMPORTED_BEFORE), null);
            before = graph.contents();
        }
        assertThat(before).isNotEmpty();

        Process child = demarc("import", "--db", store.toString(), "--bolt-port", "0", documents.toString());
        awaitWriteTransaction(child, store);
        child.destroyForcibly();
        assertThat(child.waitFor(CHILD_DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(work.resolve("child.out"))).as("the import must not have finished")
                .doesNotContain("Imported");

        try (Graph graph = Graph.open(store)) {
            Set<Object> afterKill = graph.contents();
            assertThat(difference(afterKill, before)).as("in the graph after the kill, not before").isEmpty();
            assertThat(difference(before, afterKill)).as("in the graph before the kill, not after").isEmpty();
            var report = graph.importer().importPaths(files, null);
            assertThat(report.summary(false)).contains(files.get(files.size() - 1).getFileName().toString());
            // every source of the unit is there now, the ones imported before the kill among them (re-imported)
            assertThat(graph.sources()).hasSize(files.size());
            assertThat(graph.contents()).hasSizeGreaterThan(before.size());
        }
    }

    /** Up to ten of what {@code left} holds and {@code right} does not, so that a failure stays readable. */
    private static List<Object> difference(Set<Object> left, Set<Object> right) {
        return left.stream().filter(item -> !right.contains(item)).limit(10).toList();
    }

    /** Starts {@code demarc ARGS} in a JVM of its own, on this test's class path, its output in files. */
    private Process demarc(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), DemarcCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(work.resolve("child.out").toFile())
                .redirectError(work.resolve("child.err").toFile())
                .start();
    }

    /**
     * Waits until the child's Neo4j runs a statement of the import's write transaction (a MERGE): the child
     * publishes its Bolt address in the store, where this process looks for it.
     */
    private void awaitWriteTransaction(Process child, Path store) throws Exception {
        long deadline = System.nanoTime() + CHILD_DEADLINE.toNanos();
        Path addressFile = store.resolve(EmbeddedNeo4jServer.BOLT_ADDRESS_FILE);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the child import ended (exit " + child.exitValue() + ") before it could be killed: "
                        + Files.readString(work.resolve("child.err")));
            }
            if (Files.isRegularFile(addressFile)) {
                String uri = Files.readString(addressFile).strip();
                try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
                    while (System.nanoTime() < deadline && child.isAlive()) {
                        if (writing(driver)) {
                            return;
                        }
                        Thread.sleep(20);
                    }
                } catch (org.neo4j.driver.exceptions.ServiceUnavailableException notYet) {
                    // the address is written before Bolt answers every time; try again
                }
            }
            Thread.sleep(100);
        }
        fail("no write transaction seen in the child before the deadline: " + Files.readString(work.resolve(
                "child.err")));
    }

    private static boolean writing(Driver driver) {
        return driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery").execute()
                .records().stream()
                .map(row -> row.get("currentQuery").asString(""))
                .anyMatch(query -> query.contains("MERGE") && !query.contains("SHOW TRANSACTIONS"));
    }

    /** The store opened in this process, as the next {@code demarc} would open it. */
    private record Graph(EmbeddedNeo4jServer server, Driver driver) implements AutoCloseable {

        static Graph open(Path store) {
            EmbeddedNeo4jServer server = EmbeddedNeo4jServer.startOrJoin(
                    new EmbeddedSettings(store, 0, 64L * 1024 * 1024, "16M size"));
            // not joined: nobody else holds the store, the killed process's lock went with it
            assertThat(server.joined()).isFalse();
            Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
            new GraphSchema(driver, null).apply();
            return new Graph(server, driver);
        }

        FormatImporter importer() {
            return new FormatImporter(new InventoryImporter(driver, null, new GraphGate()), Formats.standard());
        }

        /**
         * Every node and relationship with its labels or type and properties, relationships by their ends'
         * properties: element ids need not survive, the contents must.
         */
        Set<Object> contents() {
            GraphExport.Snapshot snapshot = new GraphExport(driver, null, new GraphGate()).snapshot();
            Map<String, Object> nodes = new HashMap<>();
            snapshot.nodes().forEach(node -> nodes.put(node.key(), List.of(node.labels(), node.properties())));
            Set<Object> contents = new HashSet<>(nodes.values());
            snapshot.relationships().forEach(relationship -> contents.add(List.of(nodes.get(relationship.from()),
                    relationship.type(), relationship.properties(), nodes.get(relationship.to()))));
            assertThat(contents).hasSize(snapshot.nodes().size() + snapshot.relationships().size());
            return contents;
        }

        List<String> sources() {
            return driver.executableQuery("MATCH (s:Source) RETURN s.id AS id").execute().records().stream()
                    .map(row -> row.get("id")).map(Value::asString).toList();
        }

        @Override
        public void close() {
            driver.close();
            server.close();
        }
    }
}
