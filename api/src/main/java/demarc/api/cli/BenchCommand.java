package demarc.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import demarc.api.bench.BenchReport;
import demarc.api.bench.BenchRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc bench}: the benchmark of BENCHMARKS.md, at one or more sizes, in this process. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates a synthetic network at each size and measures, on fresh embedded stores over",
                "Bolt: demarc's import against a plain UNWIND MERGE load and Spring Data Neo4j's saveAll, the duty",
                "and demarcation sweeps and a zone's what-if against bare traversals, one explanation's",
                "p50/p95/p99, peak heap and store size.",
                "Prints a table and writes a JSON report. Takes minutes; see BENCHMARKS.md."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--elements", paramLabel = "N", split = ",", required = true,
            description = "Sizes, in elements (functions and resources), e.g. 10000,100000.")
    List<Long> sizes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: 1).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench-report.json",
            description = "The JSON report (default: ./bench-report.json).")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/bench",
            description = "Folder for the stores, wiped per size (default: ./data/bench).")
    Path work;

    @Option(names = "--page-cache", paramLabel = "MIB", defaultValue = "512",
            description = "Page cache of each embedded store, MiB (default: 512).")
    long pageCacheMiB;

    @Option(names = "--skip", paramLabel = "WHAT", split = ",",
            description = "Leave out slow measurements: duty-sweep, explanations, baseline, saveall.")
    Set<String> skipped = Set.of();

    @Option(names = "--saveall-budget", paramLabel = "SECONDS", defaultValue = "600",
            description = "Stop the saveAll baseline after this long and report what it wrote (default: 600).")
    long saveAllBudgetSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (long size : sizes) {
            if (size < 100) {
                throw new BadInputException("--elements must be at least 100, was " + size);
            }
        }
        for (String skip : skipped) {
            if (!BenchRun.SKIPPABLE.contains(skip)) {
                throw new BadInputException("--skip takes duty-sweep, explanations, baseline or saveall, not " + skip);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (saveAllBudgetSeconds < 1) {
            throw new BadInputException("--saveall-budget must be at least 1 second, was " + saveAllBudgetSeconds);
        }
        BenchRun run = new BenchRun(work, seed, pageCacheMiB * 1024 * 1024, skipped,
                Duration.ofSeconds(saveAllBudgetSeconds), line -> {
            err.println(line);
            err.flush();
        });
        List<Map<String, Object>> results = new ArrayList<>();
        for (long size : sizes) {
            results.add(run.run(size));
            write(results);
        }
        BenchReport.print(results, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private void write(List<Map<String, Object>> results) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", OffsetDateTime.now(ZoneOffset.UTC).toString());
        report.put("processors", Runtime.getRuntime().availableProcessors());
        report.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        report.put("java", System.getProperty("java.version"));
        report.put("seed", seed);
        report.put("results", results);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(report) + "\n");
    }
}
