package demarc.api.cli;

import java.util.List;

import demarc.queries.whatif.SinglePointOfFailure;
import demarc.queries.whatif.SpofQuery;
import demarc.queries.whatif.UnknownIdException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code demarc spof SERVICE}: the elements whose failure alone stops a service. */
@Command(name = "spof", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists every element whose failure alone stops the service (through requires, across",
                "declared connections), the provider's own elements first, third-party ones marked."})
final class SpofCommand extends ContextCommand {

    static final List<String> TABLE_COLUMNS = List.of("element", "kind", "owner", "thirdParty", "roles");

    @Parameters(paramLabel = "SERVICE", description = "A service id.")
    String service;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        query.check(SinglePointOfFailure.class);
        return withApplication(context -> {
            List<SinglePointOfFailure> points;
            try {
                points = context.getBean(SpofQuery.class).spof(service);
            } catch (UnknownIdException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            query.print(out(), context, SinglePointOfFailure.class, points, TABLE_COLUMNS);
            return ExitCode.OK;
        });
    }
}
