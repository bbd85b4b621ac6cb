package demarc.api.cli;

import java.io.PrintWriter;
import java.util.List;

import demarc.api.output.OutputFormat;
import demarc.api.output.RecordRenderer;
import demarc.queries.exposure.CarrierExposure;
import demarc.queries.exposure.ExposureQuery;
import demarc.queries.exposure.ExposureReport;
import demarc.queries.exposure.ForeignExposure;
import demarc.queries.exposure.UnknownCarrierException;
import demarc.queries.exposure.UserInfoElement;
import demarc.queries.rulebook.Regimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarc exposure}: where user information is kept and the country lists of a handling policy. */
@Command(name = "exposure", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"For carriers designated specified-user-info (電気通信事業法27条の5), or the carrier asked for:",
                "the elements used for their services that hold user information, their countries (own or their",
                "hosts'), who owns, operates, has access to or hosts them, and the two lists the handling policy",
                "(情報取扱方針, 27条の8; 施行規則22条の2の23) publishes: countries where user information is stored",
                "abroad, and countries of foreign contractors and storage providers.",
                "csv prints the lines behind the foreign countries, and --columns picks their columns; json prints",
                "the whole report."})
final class ExposureCommand extends ContextCommand {

    static final List<String> CARRIER_COLUMNS = List.of("carrier", "designated", "storedAbroad", "foreignParties",
            "unlocatedThirdParties", "rule");
    static final List<String> ELEMENT_COLUMNS = List.of("carrier", "element", "kind", "locations", "abroad",
            "services", "path");
    static final List<String> FOREIGN_COLUMNS = List.of("carrier", "country", "list", "role", "element", "party",
            "relation", "rule", "path");

    @Option(names = "--carrier", paramLabel = "ID", description = "Only this carrier, designated or not.")
    String carrier;

    @Option(names = "--all-carriers", description = "Every carrier, designated or not.")
    boolean allCarriers;

    @Option(names = "--regime", paramLabel = "ID", description = "Rulebook regime (default: the rulebook's default; "
            + "see 'demarc regimes').")
    String regime;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        query.check(ForeignExposure.class);
        if (carrier != null && allCarriers) {
            throw new BadInputException("--carrier and --all-carriers exclude each other");
        }
        return withApplication(context -> {
            if (regime != null) {
                context.getBean(Regimes.class).get(regime);
            }
            ExposureReport report;
            try {
                report = context.getBean(ExposureQuery.class).exposure(carrier, allCarriers, regime);
            } catch (UnknownCarrierException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            List<ForeignExposure> foreign = report.carriers().stream().flatMap(c -> c.foreign().stream()).toList();
            RecordRenderer renderer = QueryOptions.renderer(context);
            PrintWriter out = out();
            switch (query.format) {
                case JSON -> out.print(renderer.json(report));
                case CSV -> query.print(out, context, ForeignExposure.class, foreign, FOREIGN_COLUMNS);
                default -> {
                    String heading = query.format == OutputFormat.MD ? "### " : "";
                    out.println(heading + "Handling-policy lists (情報取扱方針), regime " + report.regime());
                    out.print(renderer.render(query.format, CarrierExposure.class, report.carriers(),
                            CARRIER_COLUMNS));
                    out.println();
                    out.println(heading + "Elements holding user information");
                    out.print(renderer.render(query.format, UserInfoElement.class,
                            report.carriers().stream().flatMap(c -> c.elements().stream()).toList(),
                            ELEMENT_COLUMNS));
                    out.println();
                    out.println(heading + "Behind each foreign country");
                    query.print(out, context, ForeignExposure.class, foreign, FOREIGN_COLUMNS);
                }
            }
            out.flush();
            return ExitCode.OK;
        });
    }
}
