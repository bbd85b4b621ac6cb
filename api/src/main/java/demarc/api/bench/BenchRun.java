package demarc.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

import demarc.api.bench.sdn.SaveAllLoader;
import demarc.api.generate.NetworkGenerator;
import demarc.api.neo4j.EmbeddedNeo4jServer;
import demarc.api.neo4j.EmbeddedSettings;
import demarc.importer.cypher.CypherResource;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.rulebook.Regimes;
import demarc.queries.whatif.WhatIfQuery;

/**
 * One benchmark run at one size (BENCHMARKS.md): generates the network, imports it with demarc's loader into a
 * fresh embedded store and runs the sweeps, the what-if and the explanations there against the bare traversals,
 * then loads the same documents with the plain {@code UNWIND MERGE} baseline into a second fresh store and with
 * Spring Data Neo4j's {@code saveAll} into a third.
 * Everything goes over Bolt on 127.0.0.1, as a client of a server would.
 */
public final class BenchRun {

    /** The zone the what-if fails: the one the most generated VMs run in. */
    static final String ZONE = "gen-cloud-a-az-tokyo-1";
    private static final int EXPLANATIONS = 200;
    private static final long EXPLANATION_BUDGET_NANOS = 60_000_000_000L;

    private final Path work;
    private final long seed;
    private final long pageCacheBytes;
    private final Consumer<String> progress;
    private final Set<String> skipped;
    private final Duration saveAllBudget;

    /**
     * {@code skipped}: measurements left out, of {@link #SKIPPABLE}; {@code saveAllBudget}: how long the
     * {@code saveAll} baseline may run before it stops and reports what it wrote by then.
     */
    public BenchRun(Path work, long seed, long pageCacheBytes, Set<String> skipped, Duration saveAllBudget,
                    Consumer<String> progress) {
        this.work = work;
        this.seed = seed;
        this.pageCacheBytes = pageCacheBytes;
        this.skipped = skipped;
        this.saveAllBudget = saveAllBudget;
        this.progress = progress;
    }

    /** The measurements {@code --skip} may leave out: the slow ones at large sizes. */
    public static final Set<String> SKIPPABLE = Set.of("duty-sweep", "explanations", "baseline", "saveall");

    /** Runs every measurement at {@code elements}; the result's keys are the report's. */
    public Map<String, Object> run(long elements) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("elements", elements);
        long began = System.nanoTime();
        List<NetworkGenerator.Document> documents = new NetworkGenerator(elements, seed).documents();
        result.put("generatedElements", documents.stream().mapToLong(NetworkGenerator.Document::elements).sum());
        result.put("documents", documents.size());
        result.put("generateSeconds", seconds(began));
        BaselineLoader baseline = new BaselineLoader(documents);

        Path home = work.resolve("demarc-" + elements);
        try (HeapWatch heap = new HeapWatch(); Store store = new Store(home)) {
            new GraphSchema(store.driver, null).apply();
            progress.accept(elements + ": demarc import of " + documents.size() + " documents ...");
            GraphGate gate = new GraphGate();
            InventoryImporter importer = new InventoryImporter(store.driver, null, gate);
            long start = System.nanoTime();
            long carriersStart = 0;
            long entitiesBeforeCarriers = 0;
            for (NetworkGenerator.Document document : documents) {
                if (carriersStart == 0 && document.elements() > 100) {
                    entitiesBeforeCarriers = store.count("count-entities.cypher");
                    carriersStart = System.nanoTime();
                }
                long one = System.nanoTime();
                try {
                    importer.importDocument(document.fileName(), document.text());
                } catch (demarc.importer.inventory.InventoryRejectedException e) {
                    throw new IllegalStateException("the generated " + document.fileName() + " was rejected: "
                            + e.getMessage(), e);
                }
                progress.accept("  " + document.fileName() + " (" + document.elements() + " elements): "
                        + String.format("%.1f s", seconds(one)));
            }
            double importSeconds = seconds(start);
            double carrierSeconds = seconds(carriersStart);
            long entities = store.count("count-entities.cypher");
            result.put("entities", entities);
            result.put("demarcImportSeconds", importSeconds);
            result.put("demarcImportEntitiesPerSecond", Math.round(entities / importSeconds));
            // the first documents are tiny and pay for compiling every statement once
            result.put("demarcCarrierDocumentsEntitiesPerSecond",
                    Math.round((entities - entitiesBeforeCarriers) / carrierSeconds));
            result.put("importPeakHeapMiB", heap.peakMiB());

            Regimes regimes = Regimes.bundled();
            DutyQuery duty = new DutyQuery(store.driver, null, gate, regimes);
            if (!skipped.contains("duty-sweep")) {
                progress.accept(elements + ": duty sweep ...");
                result.put("dutySweepSeconds",
                        timed(() -> result.put("dutyDecisions", duty.duties(null, null, null).size())));
            }
            result.put("bareServicePathsSeconds", timed(() -> result.put("bareServicePaths",
                    store.single("bare-service-paths.cypher", Map.of()).get("paths").asLong())));
            progress.accept(elements + ": demarcation sweep ...");
            DemarcationQuery demarcation = new DemarcationQuery(store.driver, null, gate, regimes);
            result.put("demarcationSweepSeconds", timed(() -> result.put("demarcationDecisions",
                    demarcation.demarcations(null, null).size())));
            progress.accept(elements + ": what-if of " + ZONE + " ...");
            WhatIfQuery whatIf = new WhatIfQuery(store.driver, null, gate, regimes);
            result.put("whatIfZoneSeconds", timed(() -> result.put("whatIfFailedElements",
                    whatIf.whatIf(List.of(ZONE), null, null).elements().size())));
            result.put("bareDependentsSeconds", timed(() -> result.put("bareDependents",
                    store.single("bare-dependents.cypher", Map.of("id", ZONE)).get("dependents").asLong())));
            if (!skipped.contains("explanations")) {
                progress.accept(elements + ": explanations ...");
                result.putAll(explanations(duty, store.ids("service-ids.cypher")));
            }
            result.put("peakHeapMiB", heap.peakMiB());
        }
        // measured once the store is shut down: until its checkpoint the page cache holds what was written
        result.put("storeMiB", mib(home.resolve("data/databases/neo4j")));
        result.put("txLogMiB", mib(home.resolve("data/transactions/neo4j")));

        if (!skipped.contains("baseline")) {
            progress.accept(elements + ": baseline UNWIND MERGE load ...");
            try (Store store = new Store(work.resolve("baseline-" + elements))) {
                long start = System.nanoTime();
                baseline.load(store.driver);
                double seconds = seconds(start);
                long entities = store.count("count-entities.cypher");
                result.put("baselineEntities", entities);
                result.put("baselineImportSeconds", seconds);
                result.put("baselineImportEntitiesPerSecond", Math.round(entities / seconds));
            }
        }
        if (!skipped.contains("saveall")) {
            result.putAll(saveAll(documents, elements));
        }
        result.put("totalSeconds", seconds(began));
        return result;
    }

    /**
     * The {@code saveAll} baseline into a fresh store, within {@link #saveAllBudget}; afterwards the store's node
     * and relationship counts against what the loader meant to write. Stopped by the budget, the rate is what it
     * wrote in the time it had.
     */
    private Map<String, Object> saveAll(List<NetworkGenerator.Document> documents, long elements) {
        progress.accept(elements + ": Spring Data Neo4j saveAll, " + SaveAllLoader.BATCH + " entities a call, at most "
                + saveAllBudget.toSeconds() + " s ...");
        SaveAllLoader loader = new SaveAllLoader(documents);
        Map<String, Object> result = new LinkedHashMap<>();
        try (Store store = new Store(work.resolve("saveall-" + elements))) {
            long start = System.nanoTime();
            SaveAllLoader.Outcome outcome = loader.load(store.driver, start + saveAllBudget.toNanos());
            double seconds = seconds(start);
            Record counts = store.single("count-graph.cypher", Map.of());
            long nodes = counts.get("nodes").asLong();
            long relationships = counts.get("relationships").asLong();
            long intended = loader.intendedNodes() + loader.intendedRelationships();
            String check;
            String sentence = String.format("%,d of %,d entities in %.1f s", nodes + relationships, intended, seconds);
            if (outcome.failure() != null) {
                check = "failed";
                sentence += String.format(", stopped by an error in saveAll call %d: %s", outcome.calls() + 1,
                        outcome.failure());
            } else if (!outcome.complete()) {
                check = "budget reached";
                sentence += String.format(", stopped by the %d s budget after %d complete saveAll calls (a call"
                        + " still running then is abandoned, uncommitted)", saveAllBudget.toSeconds(), outcome.calls());
            } else if (nodes == loader.intendedNodes() && relationships == loader.intendedRelationships()) {
                check = "as intended";
                sentence += ", the store's counts as intended";
            } else {
                check = "DIFFER";
                sentence += String.format(", but the store's counts differ from the intended: %,d nodes (%,d meant),"
                        + " %,d relationships (%,d meant)", nodes, loader.intendedNodes(), relationships,
                        loader.intendedRelationships());
            }
            result.put("saveAll", sentence);
            result.put("saveAllSeconds", seconds);
            result.put("saveAllEntities", nodes + relationships);
            result.put("saveAllEntitiesPerSecond", Math.round((nodes + relationships) / seconds));
            result.put("saveAllIntendedEntities", intended);
            result.put("saveAllCounts", check);
            result.put("saveAllNodes", nodes);
            result.put("saveAllIntendedNodes", loader.intendedNodes());
            result.put("saveAllRelationships", relationships);
            result.put("saveAllIntendedRelationships", loader.intendedRelationships());
            result.put("saveAllCalls", outcome.calls());
            result.put("saveAllComplete", outcome.complete());
            progress.accept("  saveAll: " + sentence);
        }
        return result;
    }

    /** One service's duty decisions, over Bolt, for up to {@value #EXPLANATIONS} services. */
    private static Map<String, Object> explanations(DutyQuery duty, List<String> services) {
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < EXPLANATIONS && !services.isEmpty(); i++) {
            sample.add(services.get((int) ((i * 7919L) % services.size())));
        }
        for (int i = 0; i < Math.min(5, sample.size()); i++) {
            duty.duties(null, sample.get(i), null);
        }
        long budgetEnd = System.nanoTime() + EXPLANATION_BUDGET_NANOS;
        List<Double> millis = new ArrayList<>();
        for (String service : sample) {
            long start = System.nanoTime();
            duty.duties(null, service, null);
            millis.add((System.nanoTime() - start) / 1e6);
            if (System.nanoTime() > budgetEnd) {
                break;
            }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("explanations", sorted.length);
        result.put("explanationP50Millis", percentile(sorted, 50));
        result.put("explanationP95Millis", percentile(sorted, 95));
        result.put("explanationP99Millis", percentile(sorted, 99));
        return result;
    }

    private static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, index)] * 10) / 10.0;
    }

    private static double timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return seconds(start);
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    }

    /** A fresh embedded store with Bolt on a free port, and a driver to it. */
    private final class Store implements AutoCloseable {
        private final EmbeddedNeo4jServer server;
        private final Driver driver;

        Store(Path home) {
            delete(home);
            this.server = EmbeddedNeo4jServer.startOrJoin(new EmbeddedSettings(home, 0, pageCacheBytes, "2 files"));
            this.driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        }

        long count(String statement) {
            return single(statement, Map.of()).get("entities").asLong();
        }

        List<String> ids(String statement) {
            String query = CypherResource.load(BenchRun.class, statement);
            try (var session = driver.session()) {
                return session.executeRead(tx -> tx.run(query).list(row -> row.get("id").asString()));
            }
        }

        Record single(String statement, Map<String, Object> parameters) {
            String query = CypherResource.load(BenchRun.class, statement);
            try (var session = driver.session()) {
                return session.executeRead(tx -> tx.run(query, parameters).single());
            }
        }

        @Override
        public void close() {
            driver.close();
            server.close();
        }
    }

    private static double mib(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Samples the used heap every 20 ms: the peak of what the JVM held, garbage included. */
    private static final class HeapWatch implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        HeapWatch() {
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        long peakMiB() {
            return peak.get() / 1024 / 1024;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
