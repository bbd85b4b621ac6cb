package demarc.api.cli;

import java.util.List;

import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demarc regimes}: the rulebook's regimes, one file each. */
@Command(name = "regimes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the regimes of the rulebook (jp-2024 is the text in force; others sit beside it",
                "so that decisions can be compared). json prints every rule, threshold and citation."})
final class RegimesCommand extends ContextCommand {

    static final List<String> TABLE_COLUMNS =
            List.of("id", "isDefault", "status", "inForceFrom", "inForceTo", "title");

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        query.check(Regime.class);
        return withApplication(context -> {
            query.print(out(), context, Regime.class, context.getBean(Regimes.class).all(), TABLE_COLUMNS);
            return ExitCode.OK;
        });
    }
}
