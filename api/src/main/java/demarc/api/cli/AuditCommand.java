package demarc.api.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import demarc.api.audit.AuditEntry;
import demarc.api.audit.AuditLog;
import demarc.api.audit.AuditTimes;
import demarc.api.output.RecordRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc audit [--since T] [--format F]}: the audit of a store, read from its file without the graph. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports the audit: every API request (who, when, what, status, source hash of a body,",
                "what the answer held) and every import and key change of the command line. json prints what",
                "GET /api/v1/audit answers; csv every field."})
final class AuditCommand implements Callable<Integer> {

    static final List<String> TABLE_COLUMNS =
            List.of("at", "who", "role", "channel", "method", "path", "query", "status", "counts");

    @Mixin
    KeysCommand.Store store;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only entries from this instant (2026-11-29T06:00:00Z) or day (2026-11-29, UTC) on.")
    String since;

    @Mixin
    QueryOptions query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long began = System.nanoTime();
        query.check(AuditEntry.class);
        Instant from;
        try {
            from = AuditTimes.since(since);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--since: " + e.getMessage());
        }
        List<AuditEntry> entries = AuditLog.in(store.folder()).read(from);
        query.print(spec.commandLine().getOut(), new RecordRenderer(JsonMapper.builder().build()), AuditEntry.class,
                entries, TABLE_COLUMNS);
        CliAudit.record(store.folder(), "audit", since == null ? Map.of() : Map.of("since", List.of(since)),
                ExitCode.OK, null, Map.of("rows", entries.size()), began);
        return ExitCode.OK;
    }
}
