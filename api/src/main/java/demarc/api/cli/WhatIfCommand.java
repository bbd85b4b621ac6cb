package demarc.api.cli;

import java.io.PrintWriter;
import java.util.List;

import demarc.api.output.OutputFormat;
import demarc.api.output.RecordRenderer;
import demarc.queries.whatif.FailedElement;
import demarc.queries.whatif.FailedService;
import demarc.queries.whatif.UnknownIdException;
import demarc.queries.whatif.WhatIfQuery;
import demarc.queries.whatif.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarc whatif ID...}: what a failure stops, and the accident reports its outage may trigger. */
@Command(name = "whatif", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fails the given services or elements, propagates the failure through requires (anyOf",
                "fails only when all its members fail; manages never carries it) and lists every failed element",
                "and service, with the outage after which each service is a serious accident (電気通信事業法28条),",
                "whether it is routine for the periodic report and whether it is a near-miss candidate.",
                "csv prints the services only; json prints the whole result."})
final class WhatIfCommand extends ContextCommand {

    static final List<String> ELEMENT_COLUMNS = List.of("id", "kind", "owner", "roles", "initially");
    static final List<String> SERVICE_COLUMNS = List.of("id", "users", "provider", "accidentClass",
            "seriousAfterHours", "routineAfterHours", "nearMissCandidate", "reports", "failedBelow");

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Services or elements that fail.")
    List<String> ids;

    @Option(names = "--hours", paramLabel = "H", description = "Outage duration in hours: say which reports it "
            + "triggers.")
    Double hours;

    @Option(names = "--regime", paramLabel = "ID", description = "Rulebook regime (default: the rulebook's default; "
            + "see 'demarc regimes').")
    String regime;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        query.check(FailedService.class);
        if (hours != null && !(hours >= 0)) {
            throw new BadInputException("--hours must be 0 or more, was " + hours);
        }
        return withApplication(context -> {
            WhatIfResult result;
            try {
                result = context.getBean(WhatIfQuery.class).whatIf(ids, hours, regime);
            } catch (UnknownIdException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            RecordRenderer renderer = QueryOptions.renderer(context);
            PrintWriter out = out();
            switch (query.format) {
                case JSON -> out.print(renderer.json(result));
                case CSV -> out.print(renderer.render(OutputFormat.CSV, FailedService.class, result.services(),
                        query.columns == null || query.columns.equals(List.of("all")) ? null : query.columns));
                default -> {
                    String heading = query.format == OutputFormat.MD ? "### " : "";
                    out.println(heading + "Failed elements");
                    out.print(renderer.render(query.format, FailedElement.class, result.elements(),
                            ELEMENT_COLUMNS));
                    out.println();
                    out.println(heading + "Failed services");
                    query.print(out, context, FailedService.class, result.services(), SERVICE_COLUMNS);
                }
            }
            out.flush();
            return ExitCode.OK;
        });
    }
}
