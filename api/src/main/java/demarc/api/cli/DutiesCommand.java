package demarc.api.cli;

import java.util.List;

import demarc.model.decision.DutyDecision;
import demarc.queries.duty.DutyQuery;
import demarc.queries.rulebook.Regimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarc duties}: the Art 41 decision for every (carrier, service, element used for it). */
@Command(name = "duties", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decides, for every carrier, service and element used for it, whether the element is in",
                "scope of the duty to keep facilities conforming to the technical standards (電気通信事業法41条),",
                "exempt (施行規則27条の2 二・三) or not applicable, and who bears the duty."})
final class DutiesCommand extends ContextCommand {

    /** What a table shows unless {@code --columns} says otherwise; json, csv and md carry every field. */
    static final List<String> TABLE_COLUMNS = List.of("carrier", "service", "element", "elementKind", "owner",
            "operator", "status", "thirdParty", "dutyBearer", "exemptions", "rule", "path");

    @Option(names = "--carrier", paramLabel = "ID", description = "Only this carrier's services.")
    String carrier;

    @Option(names = "--service", paramLabel = "ID", description = "Only this service.")
    String service;

    @Option(names = "--regime", paramLabel = "ID", description = "Rulebook regime (default: the rulebook's default; "
            + "see 'demarc regimes').")
    String regime;

    @Option(names = "--fail-on", paramLabel = "FINDING", converter = DutyFinding.Converter.class,
            completionCandidates = DutyFinding.Words.class,
            description = "Exit 1 when a row is a finding: in-scope (any element in scope) or third-party "
                    + "(a third-party facility in scope, 他者設備).")
    DutyFinding failOn;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        query.check(DutyDecision.class);
        return withApplication(context -> {
            if (regime != null) {
                context.getBean(Regimes.class).get(regime);
            }
            List<DutyDecision> duties = context.getBean(DutyQuery.class).duties(carrier, service, regime);
            query.print(out(), context, DutyDecision.class, duties, TABLE_COLUMNS);
            return failOn == null ? ExitCode.OK : findings(duties.stream().filter(failOn::matches).count());
        });
    }

    private int findings(long count) {
        if (count == 0) {
            return ExitCode.OK;
        }
        note(count + (count == 1 ? " decision is" : " decisions are") + " '" + failOn.wire() + "' (--fail-on)");
        return ExitCode.FINDINGS;
    }
}
