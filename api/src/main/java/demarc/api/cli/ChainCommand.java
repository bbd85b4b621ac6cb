package demarc.api.cli;

import java.io.PrintWriter;
import java.util.List;

import demarc.api.output.ChainRow;
import demarc.api.output.OutputFormat;
import demarc.api.output.RecordRenderer;
import demarc.api.output.TextTable;
import demarc.model.decision.Chain;
import demarc.model.decision.CrossingService;
import demarc.model.decision.DemarcationDecision;
import demarc.queries.chain.ChainQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code demarc chain ID}: what a service or element depends on, and which services depend on it. */
@Command(name = "chain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows the dependency tree under a service or element, with owners, operators, countries",
                "and the boundaries crossed on the way, then the services that use it and the boundaries.",
                "csv prints the tree only (with a depth column); json prints the whole chain."})
final class ChainCommand extends ContextCommand {

    static final List<String> TREE_COLUMNS =
            List.of("element", "type", "via", "owner", "operator", "countries", "roles", "boundary");
    static final List<String> BOUNDARY_COLUMNS =
            List.of("status", "connection", "between", "parties", "point", "functionCheck");

    @Parameters(paramLabel = "ID", description = "A service or element id.")
    String id;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        query.check(ChainRow.class);
        return withApplication(context -> {
            Chain chain = context.getBean(ChainQuery.class).chain(id)
                    .orElseThrow(() -> new BadInputException("unknown id '" + id + "': no service or element has it"));
            RecordRenderer renderer = QueryOptions.renderer(context);
            PrintWriter out = out();
            switch (query.format) {
                case JSON -> out.print(renderer.json(chain));
                case CSV -> out.print(renderer.text(OutputFormat.CSV, table(ChainRow.flatten(chain.down(), false))));
                default -> printSections(out, renderer, chain);
            }
            out.flush();
            return ExitCode.OK;
        });
    }

    private void printSections(PrintWriter out, RecordRenderer renderer, Chain chain) {
        boolean markdown = query.format == OutputFormat.MD;
        out.println(heading(markdown, chain.root() + " (" + chain.rootType() + "): depends on"));
        out.print(renderer.text(query.format, table(ChainRow.flatten(chain.down(), true))));
        if (chain.rootType() != null && !"service".equals(chain.rootType())) {
            out.println();
            out.println(heading(markdown, "Used by"));
            out.print(renderer.text(query.format, TextTable.of(CrossingService.class, chain.usedBy())));
        }
        out.println();
        out.println(heading(markdown, "Boundaries"));
        out.print(renderer.text(query.format,
                TextTable.of(DemarcationDecision.class, chain.boundaries()).select(BOUNDARY_COLUMNS)));
    }

    private TextTable table(List<ChainRow> rows) {
        TextTable table = TextTable.of(ChainRow.class, rows);
        if (query.columns != null) {
            return query.columns.equals(List.of("all")) ? table : table.select(query.columns);
        }
        return query.format == OutputFormat.CSV ? table : table.select(TREE_COLUMNS);
    }

    private static String heading(boolean markdown, String text) {
        return markdown ? "### " + text + "\n" : text;
    }
}
