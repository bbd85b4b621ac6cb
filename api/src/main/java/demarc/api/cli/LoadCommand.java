package demarc.api.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;

import demarc.api.demo.DemoNetwork;
import demarc.api.load.LoadReport;
import demarc.api.load.LoadRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc load}: the load test of docs/load.md, against this process's API or a running one. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load test on loopback: CLIENTS clients send requests back to back for SECONDS seconds,",
                "mixing duties, demarcations, chains and what-if queries with small imports (each client its own",
                "source), against the demo network. Serves the API in this process on a free port and a store of",
                "its own (default ./data/load), or uses --url. Prints throughput, p50/p95/p99 and errors and",
                "writes them as JSON. Exits 1 when any request failed. See docs/load.md."})
final class LoadCommand extends ContextCommand {

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Clients (default: 50).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "Duration (default: 60).")
    int seconds;

    @Option(names = "--url", paramLabel = "URL",
            description = "The API of a running demarc serve, e.g. http://127.0.0.1:8080/api/v1; the demo network "
                    + "is imported there first.")
    URI url;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the mix (default: 1).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "load-report.json",
            description = "The JSON report (default: ./load-report.json).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1) {
            throw new BadInputException("--clients and --seconds must be at least 1");
        }
        if (url != null) {
            return load(url);
        }
        Map<String, String> properties = connection.properties();
        properties.putIfAbsent("demarc.db", "data/load");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        return withApplication(properties, WebApplicationType.SERVLET, context -> load(URI.create(
                "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/api/v1")));
    }

    private int load(URI api) throws Exception {
        LoadReport report = new LoadRun(new LoadRun.Options(api, clients, Duration.ofSeconds(seconds), seed))
                .run(DemoNetwork.content(), this::note);
        report.print(out());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", OffsetDateTime.now(ZoneOffset.UTC).toString());
        json.put("processors", Runtime.getRuntime().availableProcessors());
        json.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        json.put("java", System.getProperty("java.version"));
        json.put("api", api.toString());
        json.put("report", report);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(json) + "\n");
        return report.errors() == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
