package demarc.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.access.BindGuard;
import demarc.api.demo.DemoNetwork;
import demarc.api.demo.DutyCount;
import demarc.api.neo4j.EmbeddedNeo4jServer;
import demarc.api.output.OutputFormat;
import demarc.api.output.RecordRenderer;
import demarc.importer.inventory.InventoryImporter;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.rulebook.Regimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demarc demo}: the bundled network, decided and served. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports the bundled demo network into a fresh embedded store (./data/demo unless --db),",
                "prints the import report, the duty summary and the demarcation points, then serves the",
                "web view and the REST API until Ctrl-C."})
final class DemoCommand extends ContextCommand {

    static final Path DEFAULT_STORE = Path.of("data", "demo");

    static final List<String> THIRD_PARTY_COLUMNS =
            List.of("carrier", "service", "element", "elementKind", "owner", "operator", "dutyBearer", "path");

    @Option(names = "--no-serve", description = "Stop after the summaries instead of serving the API.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1).")
    String bind;

    @Override
    public Integer call() throws Exception {
        Map<String, String> properties = connection.properties();
        if (!connection.external()) {
            Path store = connection.db != null ? connection.db : DEFAULT_STORE;
            if (!noServe && bind != null && !BindGuard.isLoopback(bind)) {
                throw new BadInputException("the demo wipes its store, API keys included, so it serves on localhost "
                        + "only. To serve the demo network on " + bind + ": demarc demo --no-serve --db " + store
                        + "; demarc keys create --role admin --db " + store + "; demarc serve --bind " + bind
                        + " --db " + store);
            }
            wipe(store);
            properties.put("demarc.db", store.toString());
        }
        WebApplicationType web = WebApplicationType.SERVLET;
        if (noServe) {
            web = WebApplicationType.NONE;
        } else {
            Serving.webProperties(properties, port, bind);
        }
        return withApplication(properties, web, context -> {
            PrintWriter out = out();
            show(out, context);
            if (!noServe) {
                out.println();
                Serving.announce(out, context);
                Serving.awaitClose(context);
            }
            return ExitCode.OK;
        });
    }

    private void show(PrintWriter out, ConfigurableApplicationContext context) throws Exception {
        RecordRenderer renderer = QueryOptions.renderer(context);
        out.print(context.getBean(InventoryImporter.class)
                .importDocument(DemoNetwork.FILE_NAME, DemoNetwork.content()).summary());
        out.flush();

        String regime = context.getBean(Regimes.class).defaultId();
        List<DutyDecision> duties = context.getBean(DutyQuery.class).duties(null, null, null);
        section(out, "Duties under 電気通信事業法41条 (regime " + regime + "), per carrier");
        out.print(renderer.render(OutputFormat.TABLE, DutyCount.class, DutyCount.perCarrier(duties), null));
        out.flush();

        section(out, "Third-party facilities in scope (他者設備): the carrier answers for what others own");
        List<DutyDecision> thirdParty = duties.stream()
                .filter(d -> DutyFinding.THIRD_PARTY.matches(d))
                .toList();
        out.print(renderer.render(OutputFormat.TABLE, DutyDecision.class, thirdParty, THIRD_PARTY_COLUMNS));

        section(out, "Demarcation points (分界点, 設備規則23・24条)");
        List<DemarcationDecision> boundaries = context.getBean(DemarcationQuery.class).demarcations(null, null);
        out.print(renderer.render(OutputFormat.TABLE, DemarcationDecision.class, boundaries,
                DemarcationCommand.TABLE_COLUMNS));
        out.println();
        out.println("Every decision's rule, citation, reasons and path: demarc duties --format md, "
                + "demarc demarcation --format json, demarc chain shinkai-voice");
        out.flush();
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    /**
     * Empties the demo store. A folder that holds anything but a Neo4j store is left alone: {@code --db} may have
     * been pointed at the wrong place, and a demo must never cost anyone their files. Nor is a store wiped while
     * another demarc process serves it.
     */
    static void wipe(Path store) throws IOException {
        if (!Files.exists(store)) {
            return;
        }
        if (!Files.isDirectory(store)) {
            throw new BadInputException("--db " + store + " is a file, not a folder");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(store)) {
            empty = entries.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!Files.isDirectory(store.resolve("data").resolve("databases"))) {
            throw new BadInputException("--db " + store + " is not empty and holds no Neo4j store; the demo wipes "
                    + "its store first, so give it an empty or new folder");
        }
        Path address = store.resolve(EmbeddedNeo4jServer.BOLT_ADDRESS_FILE);
        if (Files.isRegularFile(address) && answers(Files.readString(address, StandardCharsets.UTF_8).strip())) {
            throw new BadInputException("the store " + store + " is in use by another demarc process (Bolt "
                    + Files.readString(address, StandardCharsets.UTF_8).strip() + "); stop it first");
        }
        try (Stream<Path> paths = Files.walk(store)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static boolean answers(String boltAddress) {
        try (Socket socket = new Socket()) {
            URI uri = URI.create(boltAddress);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            // no process behind the address: it was left by one that died, and the store is free
            return false;
        }
    }
}
