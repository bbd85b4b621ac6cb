package demarc.importer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.importer.format.FormatImporter;
import demarc.importer.format.Formats;
import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Mutation fuzzing of every import format (README, "Fuzzing the importers"): valid documents ({@link Seeds}) are mutated
 * ({@link Mutator}) and imported the way the REST API imports a request body ({@link FormatImporter#importFile}) into
 * a real graph that holds a baseline inventory, under the name of the seed's file. Each case must end in one of two ways:
 * <ul>
 *   <li>imported, and the canary node no import owns is still there (no injected text ran as Cypher);</li>
 *   <li>a clear error: an {@link InventoryRejectedException} whose every error names the file (or a file it
 *       imports), a line within it, a path and a message of at most {@value #MAX_MESSAGE} characters with no
 *       stack trace or Java class name in it; and the graph after it is exactly the graph before (every node,
 *       relationship and property, compared by {@link GraphDump}).</li>
 * </ul>
 * Anything else fails the case: another exception (a NullPointerException, ClassCastException, StackOverflowError,
 * OutOfMemoryError, an unchecked parser exception), or no answer within {@value #TIMEOUT_SECONDS} s. The cases are
 * reproducible: case {@code i} of run seed {@code s} mutates seed document {@code i % seeds} with
 * {@code new Random(s * 1_000_003 + i)}; failing mutants are written to {@code target/fuzz-failures/}.
 * {@code -Ddemarc.fuzz.cases=N} and {@code -Ddemarc.fuzz.seed=S} choose the number of cases (default
 * {@value #DEFAULT_CASES}) and the run.
 */
class ImportFuzzTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static final int DEFAULT_CASES = 1_000;
    static final int MAX_MESSAGE = 1_000;
    static final int TIMEOUT_SECONDS = 30;
    /** Cases between two resets of the graph to the baseline, so that what imported cases add stays small. */
    private static final int RESET_EVERY = 250;
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final Pattern JAVA_INTERNALS = Pattern.compile(
            "\\n\\s*at |\\b\\w*(Exception|Error)\\b|\\b(java|javax|jdk|sun|org|com)\\.[a-z]+\\.");

    private static List<Seeds.Seed> seeds;

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
        seeds = Seeds.all();
    }

    @Test
    void everyFormatHasASeedThatImportsUnmutated() throws Exception {
        assertThat(seeds.stream().map(Seeds.Seed::format).distinct())
                .containsExactlyInAnyOrderElementsOf(Formats.standard().all().stream().map(InventoryFormat::id).toList());
        for (Seeds.Seed seed : seeds) {
            resetToBaseline();
            assertThat(Formats.standard().detect(seed.file(seed.content())).map(InventoryFormat::id))
                    .as(seed.name()).hasValue(seed.format());
            assertThat(importer().importFile(seed.file(seed.content()), null).files())
                    .as(seed.name()).isNotEmpty();
        }
    }

    @Test
    void everyMutantImportsOrIsRejectedClearlyWithoutAPartialWrite() throws Exception {
        int cases = Integer.getInteger("demarc.fuzz.cases", DEFAULT_CASES);
        long runSeed = Long.getLong("demarc.fuzz.seed", 7L);
        FormatImporter importer = importer();
        ExecutorService executor = Executors.newSingleThreadExecutor(daemon());
        Map<String, int[]> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        // the graph before the case: after a clean rejection it is also the graph before the next one
        List<String> before = null;
        try {
            for (int i = 0; i < cases; i++) {
                if (i % RESET_EVERY == 0) {
                    resetToBaseline();
                    before = null;
                }
                Seeds.Seed seed = seeds.get(i % seeds.size());
                Mutator.Mutant mutant = new Mutator(runSeed * 1_000_003 + i).mutate(seed);
                InputFile file = seed.file(mutant.content());
                String name = file.name();
                if (before == null) {
                    before = GraphDump.of(neo4j.driver());
                }
                Future<?> run = executor.submit(() -> importer.importFile(file, null));
                String problem;
                int outcome;
                try {
                    run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    outcome = 0;
                    problem = canaryProblem();
                    before = null;
                } catch (ExecutionException e) {
                    outcome = 1;
                    problem = e.getCause() instanceof InventoryRejectedException rejected
                            ? rejectionProblem(rejected, name, mutant.content(), before)
                            : "not a clear error: " + stackTrace(e.getCause());
                    if (problem != null) {
                        before = null;
                    }
                } catch (TimeoutException e) {
                    outcome = 2;
                    run.cancel(true);
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor(daemon());
                    problem = "no answer within " + TIMEOUT_SECONDS + " s";
                    before = null;
                }
                outcomes.computeIfAbsent(seed.format(), format -> new int[3])[outcome]++;
                if (problem != null) {
                    failures.add("case " + i + " (" + seed.name() + ", " + mutant.steps() + "): " + problem);
                    Files.createDirectories(FAILURES);
                    Files.write(FAILURES.resolve("case-" + i + "-" + seed.name()), mutant.content());
                }
            }
        } finally {
            executor.shutdownNow();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        StringBuilder summary = new StringBuilder("import fuzz: " + cases + " cases, run seed " + runSeed + ", "
                + seconds + " s, " + failures.size() + " failures; per format imported/rejected/timed out:");
        outcomes.forEach((format, counts) -> summary.append(' ').append(format).append(' ').append(counts[0])
                .append('/').append(counts[1]).append('/').append(counts[2]));
        System.out.println(summary);
        assertThat(failures).as(summary.toString()).isEmpty();
        assertThat(outcomes).as("every format was fuzzed").hasSize(seeds.stream().map(Seeds.Seed::format)
                .distinct().toList().size());
    }

    /** Null when the rejection is clear and left the graph as it was; else what is wrong with it. */
    private static String rejectionProblem(InventoryRejectedException rejected, String name, byte[] content,
                                           List<String> before) {
        long lines = Seeds.text(content).lines().count() + 1;
        if (rejected.errors().isEmpty()) {
            return "rejected without an error";
        }
        for (InventoryError error : rejected.errors()) {
            boolean ownFile = error.file() != null && (error.file().equals(name) || error.file().startsWith(name + "!/"));
            boolean importedFile = error.file() != null && !ownFile && Files.isRegularFile(Path.of(error.file()));
            if (!ownFile && !importedFile) {
                return "error names no file of the case: " + error;
            }
            if (error.line() < 1 || ownFile && error.line() > lines) {
                return "error line " + error.line() + " outside the file's " + lines + " lines: " + shortened(error);
            }
            if (error.path() == null || error.path().isBlank()) {
                return "error without a path: " + shortened(error);
            }
            if (error.message() == null || error.message().isBlank()) {
                return "error without a message: " + shortened(error);
            }
            if (error.message().length() > MAX_MESSAGE) {
                return "error message of " + error.message().length() + " characters: " + shortened(error);
            }
            if (JAVA_INTERNALS.matcher(error.message()).find()) {
                return "error message shows Java internals: " + shortened(error);
            }
        }
        List<String> after = GraphDump.of(neo4j.driver());
        if (!after.equals(before)) {
            List<String> added = new ArrayList<>(after);
            added.removeAll(before);
            List<String> removed = new ArrayList<>(before);
            removed.removeAll(after);
            return "the rejected import changed the graph: added " + added.size() + " " + added.stream().limit(3).toList()
                    + ", removed " + removed.size() + " " + removed.stream().limit(3).toList();
        }
        return null;
    }

    private static String canaryProblem() {
        try (var session = neo4j.driver().session()) {
            long canaries = session.run("MATCH (c:FuzzCanary {id: 'canary'}) RETURN count(c) AS n").single()
                    .get("n").asLong();
            return canaries == 1 ? null : "an import removed the canary node";
        }
    }

    private static String shortened(InventoryError error) {
        String text = error.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String stackTrace(Throwable failure) {
        StringBuilder trace = new StringBuilder(failure.toString().length() > 300
                ? failure.toString().substring(0, 300) : failure.toString());
        StackTraceElement[] frames = failure.getStackTrace();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
            trace.append("\n    at ").append(frames[i]);
        }
        return trace.toString();
    }

    private static void resetToBaseline() throws IOException, InventoryRejectedException {
        neo4j.clear();
        try (var session = neo4j.driver().session()) {
            session.run("CREATE (:FuzzCanary {id: 'canary', note: 'owned by no source'})").consume();
        }
        InventoryImporter inventory = new InventoryImporter(neo4j.driver(), null, new GraphGate());
        inventory.importDocument("shinkai-core.yaml",
                Files.readString(Path.of("src/test/resources/inventory/shinkai-core.yaml")));
        inventory.importDocument("tsunagu-core.yaml",
                Files.readString(Path.of("src/test/resources/inventory/tsunagu-core.yaml")));
    }

    private static FormatImporter importer() {
        return new FormatImporter(new InventoryImporter(neo4j.driver(), null, new GraphGate()), Formats.standard());
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "import-fuzz");
            thread.setDaemon(true);
            return thread;
        };
    }
}
