package demarc.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;

import demarc.importer.document.DocumentReader;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Imports on real threads against a real Neo4j: two imports of one source serialize on the source's lock, imports
 * of different sources run side by side without an error reaching the caller, and a reader never sees an import
 * half written.
 */
class ConcurrentImportTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private InventoryImporter importer;

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void baseGraph() throws Exception {
        neo4j.clear();
        importer = new InventoryImporter(neo4j.driver(), null, new GraphGate());
        importBase();
    }

    @Test
    void aSecondImportOfTheSameSourceWaitsForTheFirstAndTheGraphEndsAsTheSecondDocument() throws Exception {
        // disjoint ids: without the lock each import's sweep would miss the other's uncommitted nodes, leaving both
        TreeDocument first = document("first.json", network("shared", "a", 50));
        TreeDocument second = document("second.json", network("shared", "b", 50));
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<ImportListener.Stage> secondStages = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<UnitImport> earlier = threads.submit(() -> importer.importTrees(List.of(first), new ImportListener() {
                @Override
                public void written(long written, long total) {
                    firstWriting.countDown();
                    await(releaseFirst);
                }
            }));
            await(firstWriting);
            Future<UnitImport> later = threads.submit(() -> importer.importTrees(List.of(second), new ImportListener() {
                @Override
                public void stage(Stage stage) {
                    secondStages.add(stage);
                }
            }));

            assertThat(waitForABlockedTransaction()).as("the second import waits for the source's lock").isTrue();
            assertThat(secondStages).containsExactly(ImportListener.Stage.WAITING);
            releaseFirst.countDown();

            assertThat(earlier.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).documents()).hasSize(1);
            assertThat(later.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).documents().get(0).removed())
                    .as("the second swept the first's 50 functions, 4 connections and party").containsEntry("nodes", 55);
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(secondStages).containsExactly(ImportListener.Stage.WAITING, ImportListener.Stage.WRITING,
                ImportListener.Stage.FINISHING);
        List<String> concurrent = GraphExport.of(neo4j.driver());

        neo4j.clear();
        importBase();
        importer.importTrees(List.of(second));
        assertThat(concurrent).isEqualTo(GraphExport.of(neo4j.driver()));
    }

    @Test
    void importsOfDifferentSourcesRunTogetherWithoutErrorsAndGiveTheSameGraphAsOneAfterTheOther() throws Exception {
        int imports = 4;
        List<TreeDocument> documents = new ArrayList<>();
        for (int i = 0; i < imports; i++) {
            documents.add(document("part-" + i + ".json", network("part-" + i, "p" + i, 500)));
        }
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(imports);
        List<Future<UnitImport>> results = new ArrayList<>();
        try {
            for (TreeDocument document : documents) {
                results.add(threads.submit(() -> {
                    await(start);
                    return importer.importTrees(List.of(document), new ImportListener() {
                        @Override
                        public void stage(Stage stage) {
                            if (stage == Stage.WAITING) {
                                attempts.incrementAndGet();
                            }
                        }
                    });
                }));
            }
            start.countDown();
            for (Future<UnitImport> result : results) {
                // get() throws if any import failed, deadlock or not
                assertThat(result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).documents()).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("%d concurrent imports took %d transaction attempts (retries after deadlocks)%n",
                imports, attempts.get());
        List<String> concurrent = GraphExport.of(neo4j.driver());

        neo4j.clear();
        importBase();
        for (TreeDocument document : documents) {
            importer.importTrees(List.of(document));
        }
        assertThat(concurrent).isEqualTo(GraphExport.of(neo4j.driver()));
    }

    @Test
    void aReaderPollingDuringALargeImportSeesTheGraphBeforeItAndAfterItNeverBetween() throws Exception {
        importer.importTrees(List.of(document("big.json", network("big", "big", 1_000))));
        List<Long> before = counts();
        TreeDocument larger = document("big.json", network("big", "big", 12_000));
        List<List<Long>> duringImport = new ArrayList<>();

        // the reader polls from its own session after every batch, while the import's transaction is open
        importer.importTrees(List.of(larger), new ImportListener() {
            @Override
            public void written(long written, long total) {
                duringImport.add(counts());
            }
        });
        List<Long> after = counts();

        assertThat(duringImport).as("one poll per batch written").hasSizeGreaterThan(5);
        assertThat(after).isNotEqualTo(before);
        assertThat(Set.copyOf(duringImport)).containsExactly(before);
        assertThat(after).containsExactly(12_000L, 11_999L, 12_000L + 1_199 + 2 + 2, 12_000 * 3L - 1 + 1_199 * 2);
    }

    /** Elements and requirements of source big, counted by scanning, and every node and relationship. */
    private static List<Long> counts() {
        try (var session = neo4j.driver().session()) {
            Record row = session.executeRead(tx -> tx.run("""
                    CALL { MATCH (e:Element) WHERE 'big' IN e.sources RETURN count(e) AS elements }
                    CALL { MATCH (:Element {source: 'big'})-[r:REQUIRES]->() RETURN count(r) AS requires }
                    CALL { MATCH (n) RETURN count(n) AS nodes }
                    CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
                    RETURN elements, requires, nodes, relationships""").single());
            return List.of(row.get("elements").asLong(), row.get("requires").asLong(), row.get("nodes").asLong(),
                    row.get("relationships").asLong());
        }
    }

    private boolean waitForABlockedTransaction() throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (var session = neo4j.driver().session()) {
                boolean blocked = session.run("SHOW TRANSACTIONS YIELD status RETURN status").list().stream()
                        .anyMatch(row -> row.get("status").asString().startsWith("Blocked"));
                if (blocked) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** The party every network's elements belong to, defined by a source of its own. */
    private void importBase() throws Exception {
        importer.importTrees(List.of(document("base.json",
                "{\"inventory\": 1, \"source\": \"base\", \"parties\": [{\"id\": \"kumo\", \"type\": \"cloud\"}]}")));
    }

    /**
     * A chain of {@code size} functions, each requiring the one before, owned by the shared party kumo, and a
     * connection between every tenth pair (so that the derived REQUIRES.connection is set), plus a party of its own.
     */
    private static String network(String source, String prefix, int size) {
        StringBuilder json = new StringBuilder("{\"inventory\": 1, \"source\": \"" + source + "\", \"parties\": [{\"id\": \""
                + prefix + "-op\", \"type\": \"contractor\"}], \"functions\": [");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(prefix).append("-f").append(i)
                    .append("\", \"kind\": \"vnf\", \"owner\": \"kumo\", \"operator\": \"")
                    .append(i % 2 == 0 ? "kumo" : prefix + "-op").append('"');
            if (i > 0) {
                json.append(", \"requires\": [\"").append(prefix).append("-f").append(i - 1).append("\"]");
            }
            json.append('}');
        }
        json.append("], \"connections\": [");
        for (int i = 10; i < size; i += 10) {
            json.append(i == 10 ? "" : ", ").append("{\"id\": \"").append(prefix).append("-c").append(i)
                    .append("\", \"kind\": \"wholesale\", \"between\": [\"").append(prefix).append("-f").append(i)
                    .append("\", \"").append(prefix).append("-f").append(i - 1).append("\"]}");
        }
        return json.append("]}").toString();
    }

    private static TreeDocument document(String file, String json) throws Exception {
        return new TreeDocument(file, DocumentReader.read(file, json).root(), InventoryImporter.sha256(json));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited " + PATIENCE + " in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
