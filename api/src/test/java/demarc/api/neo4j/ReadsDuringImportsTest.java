package demarc.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.cli.SpringLauncher;
import demarc.importer.document.DocumentReader;
import demarc.importer.inventory.ImportListener;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.TreeDocument;
import demarc.model.gate.GraphGate;
import demarc.queries.check.GraphExport;
import demarc.queries.duty.DutyQuery;
import demarc.queries.whatif.WhatIfQuery;
import demarc.queries.whatif.WhatIfResult;

/**
 * The graph gate on the beans the REST API and the CLI use: while imports flip a source between a small network
 * of the carrier's own and a large one on a cloud, every read answers as before an import or as after it; a read
 * runs while an import writes, the commit waits for the reads running, and a commit that fails lets reads in again.
 */
class ReadsDuringImportsTest {

    @TempDir
    static Path temp;

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long the imports flip the source back and forth while the readers read. */
    private static final Duration FLIPPING = Duration.ofSeconds(4);
    private static final int SMALL = 10;
    private static final int LARGE = 500;

    private static ConfigurableApplicationContext context;
    private static InventoryImporter importer;
    private static Map<String, Supplier<Object>> queries;

    @BeforeAll
    static void start() {
        context = new SpringLauncher().start(new HashMap<>(Map.of("demarc.db", temp.resolve("store").toString(),
                "demarc.bolt.port", "0")), WebApplicationType.NONE, false);
        importer = context.getBean(InventoryImporter.class);
        GraphExport export = context.getBean(GraphExport.class);
        DutyQuery duties = context.getBean(DutyQuery.class);
        WhatIfQuery whatIf = context.getBean(WhatIfQuery.class);
        queries = new LinkedHashMap<>();
        queries.put("count", () -> {
            GraphExport.Snapshot snapshot = export.snapshot();
            return List.of(snapshot.nodes().size(), snapshot.relationships().size());
        });
        queries.put("duty sweep", () -> duties.duties("flip-mno", null, null));
        queries.put("what-if", () -> whatIf.whatIf(List.of("flip-zone"), 3.0, null));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @BeforeEach
    void smallNetwork() throws Exception {
        importer.importTrees(List.of(document(SMALL, "flip-mno")));
    }

    @Test
    void readsDuringImportsAnswerAsBeforeOrAsAfterAnImportNeverBetween() throws Exception {
        Map<String, Object> small = answers();
        importer.importTrees(List.of(document(LARGE, "kumo")));
        Map<String, Object> large = answers();
        queries.keySet().forEach(query -> assertThat(large.get(query)).as(query).isNotEqualTo(small.get(query)));

        List<TreeDocument> flips = List.of(document(SMALL, "flip-mno"), document(LARGE, "kumo"));
        AtomicBoolean flipping = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> between = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<Integer> imports = threads.submit(() -> {
                long end = System.nanoTime() + FLIPPING.toNanos();
                int done = 0;
                try {
                    while (done < 4 || System.nanoTime() < end) {
                        importer.importTrees(List.of(flips.get(done % 2)));
                        done++;
                    }
                } finally {
                    flipping.set(false);
                }
                return done;
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int reader = 0; reader < 2; reader++) {
                readers.add(threads.submit(() -> {
                    while (flipping.get()) {
                        queries.forEach((query, answer) -> {
                            String wrong = wrongAnswer(answer, small.get(query), large.get(query));
                            if (wrong != null) {
                                between.add(query + ": " + wrong);
                            }
                            reads.incrementAndGet();
                        });
                    }
                }));
            }
            int done = imports.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            for (Future<?> reader : readers) {
                reader.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            System.out.printf("%d imports flipped the source while 2 readers ran %d queries%n", done, reads.get());
            assertThat(reads.get()).as("the readers kept reading while the imports ran").isGreaterThan(done);
        } finally {
            threads.shutdownNow();
        }
        assertThat(between).as("answers of neither the small nor the large network").isEmpty();
    }

    @Test
    void aReadRunsWhileAnImportWritesAndTheCommitWaitsForTheReadsRunning() throws Exception {
        Map<String, Object> small = answers();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finishRead = new CountDownLatch(1);
        AtomicReference<Object> readWhileWriting = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> longRead = threads.submit(() -> context.getBean(GraphGate.class).read(() -> {
                reading.countDown();
                return await(finishRead);
            }));
            await(reading);
            ImportThread large = new ImportThread(document(LARGE, "kumo"), new ImportListener() {
                @Override
                public void written(long written, long total) {
                    if (readWhileWriting.get() == null) {
                        readWhileWriting.set(within(() -> threads.submit(queries.get("duty sweep")::get)));
                    }
                }
            });

            assertThat(large.awaitWaitingAtTheGate()).as("the import waits for the read to commit").isTrue();
            assertThat(readWhileWriting.get()).as("a read during the writing, not held up by it")
                    .isEqualTo(small.get("duty sweep"));
            finishRead.countDown();
            longRead.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            large.join(PATIENCE.toMillis());
            assertThat(large.failure.get()).isNull();
            assertThat(queries.get("duty sweep").get()).isNotEqualTo(small.get("duty sweep"));
        } finally {
            finishRead.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aCommitThatFailsLetsTheReadsInAgain() throws Exception {
        Map<String, Object> small = answers();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finishRead = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> longRead = threads.submit(() -> context.getBean(GraphGate.class).read(() -> {
                reading.countDown();
                return await(finishRead);
            }));
            await(reading);
            ImportThread large = new ImportThread(document(LARGE, "kumo"), ImportListener.NONE);
            assertThat(large.awaitWaitingAtTheGate()).isTrue();

            // the import's work is done and its transaction open, waiting to commit: the server ends it
            try (var session = context.getBean(Driver.class).session()) {
                List<String> open = session.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery")
                        .list(row -> row.get("currentQuery").asString("").startsWith("SHOW TRANSACTIONS") ? null
                                : row.get("transactionId").asString()).stream().filter(Objects::nonNull).toList();
                assertThat(open).as("the import's transaction").hasSize(1);
                session.run("TERMINATE TRANSACTIONS $open", Map.of("open", open)).consume();
            }
            finishRead.countDown();
            longRead.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            large.join(PATIENCE.toMillis());

            assertThat(large.isAlive()).isFalse();
            assertThat(large.failure.get()).as("the commit of a terminated transaction fails")
                    .isInstanceOf(TransactionTerminatedException.class);
            Object afterFailure = within(() -> threads.submit(queries.get("duty sweep")::get));
            assertThat(afterFailure).as("a read after the failed commit passes the gate and sees no import")
                    .isEqualTo(small.get("duty sweep"));
            importer.importTrees(List.of(document(LARGE, "kumo")));
            assertThat(queries.get("duty sweep").get()).as("and the next import commits")
                    .isNotEqualTo(small.get("duty sweep"));
        } finally {
            finishRead.countDown();
            threads.shutdownNow();
        }
    }

    /** Every query's answer now. */
    private static Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        queries.forEach((query, answer) -> answers.put(query, answer.get()));
        return answers;
    }

    /** What is wrong with the answer a query gives now, or null when it is the small or the large network's. */
    private static String wrongAnswer(Supplier<Object> query, Object small, Object large) {
        try {
            Object answer = query.get();
            return answer.equals(small) || answer.equals(large) ? null : describe(answer);
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }

    private static String describe(Object answer) {
        if (answer instanceof WhatIfResult result) {
            return result.elements().size() + " failed elements";
        }
        if (answer instanceof List<?> list && !list.isEmpty() && !(list.get(0) instanceof Integer)) {
            return list.size() + " decisions";
        }
        return answer.toString();
    }

    /** An import on a thread of its own, whose place in the code the test can see. */
    private static final class ImportThread extends Thread {

        final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final TreeDocument document;
        private final ImportListener listener;

        ImportThread(TreeDocument document, ImportListener listener) {
            this.document = document;
            this.listener = listener;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            try {
                importer.importTrees(List.of(document), listener);
            } catch (Throwable e) {
                failure.set(e);
            }
        }

        /** Whether the import, its work done, comes to wait at the gate for the reads running. */
        boolean awaitWaitingAtTheGate() throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (isAlive() && System.nanoTime() < deadline) {
                if (getState() == State.WAITING && Arrays.stream(getStackTrace()).anyMatch(frame ->
                        frame.getClassName().equals(GraphGate.class.getName())
                                && frame.getMethodName().equals("closeForCommit"))) {
                    return true;
                }
                Thread.sleep(10);
            }
            return false;
        }
    }

    /**
     * A source flip: the carrier's voice service on a core function that requires {@code vms} VMs in one zone,
     * the VMs and the zone owned by {@code owner}.
     */
    private static TreeDocument document(int vms, String owner) throws Exception {
        StringBuilder json = new StringBuilder("""
                {"inventory": 1, "source": "flip",
                 "parties": [{"id": "flip-mno", "type": "carrier", "country": "JP",
                              "carrier": {"category": "line-installing", "users": 3000000}},
                             {"id": "kumo", "type": "cloud", "country": "US"}],
                 "services": [{"id": "flip-voice", "provider": "flip-mno", "class": "mobile", "users": 3000000,
                               "paid": true, "prefectures": 10, "requires": ["flip-core"]}],
                 "functions": [{"id": "flip-core", "kind": "vnf", "roles": ["control"], "owner": "flip-mno",
                                "requires": [""");
        for (int vm = 0; vm < vms; vm++) {
            json.append(vm == 0 ? "" : ", ").append("\"flip-vm-").append(vm).append('"');
        }
        json.append("]}],\n \"resources\": [{\"id\": \"flip-zone\", \"kind\": \"availability-zone\", \"owner\": \"")
                .append(owner).append("\"}");
        for (int vm = 0; vm < vms; vm++) {
            json.append(", {\"id\": \"flip-vm-").append(vm).append("\", \"kind\": \"vm\", \"owner\": \"")
                    .append(owner).append("\", \"requires\": [\"flip-zone\"]}");
        }
        String text = json.append("]}").toString();
        return new TreeDocument("flip.json", DocumentReader.read("flip.json", text).root(),
                InventoryImporter.sha256(text));
    }

    private static <T> T within(Supplier<Future<T>> submitted) {
        try {
            return submitted.get().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited " + PATIENCE + " in vain");
            }
            return latch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
