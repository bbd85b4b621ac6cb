package demarc.api.cli;

import java.util.List;

import demarc.model.decision.DutyDecision;
import demarc.queries.duty.DutyDiffQuery;
import demarc.queries.duty.DutyDifference;
import demarc.queries.duty.DutyQuery;
import demarc.queries.rulebook.Regimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarc duties}: the Art 41 decision for every (carrier, service, element used for it). */
@Command(name = "duties", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decides, for every carrier, service and element used for it, whether the element is in",
                "scope of the duty to keep facilities conforming to the technical standards (電気通信事業法41条),",
                "exempt (施行規則27条の2 二・三) or not applicable, and who bears the duty. With --diff, only what",
                "changes between two regimes."})
final class DutiesCommand extends ContextCommand {

    /** What a table shows unless {@code --columns} says otherwise; json, csv and md carry every field. */
    static final List<String> TABLE_COLUMNS = List.of("carrier", "service", "element", "elementKind", "owner",
            "operator", "status", "thirdParty", "dutyBearer", "exemptions", "rule", "path");

    /** What a table shows of a regime diff: both sides' status, rule and exemptions. */
    static final List<String> DIFF_COLUMNS = List.of("carrier", "service", "element", "owner", "thirdParty",
            "fromStatus", "fromRule", "fromExemptions", "toStatus", "toRule", "toExemptions", "path");

    @Option(names = "--carrier", paramLabel = "ID", description = "Only this carrier's services.")
    String carrier;

    @Option(names = "--service", paramLabel = "ID", description = "Only this service.")
    String service;

    @Option(names = "--regime", paramLabel = "ID", description = "Rulebook regime (default: the rulebook's default; "
            + "see 'demarc regimes').")
    String regime;

    @Option(names = "--diff", paramLabel = "ID", description = "Compare with this regime: every carrier, service and "
            + "element whose status differs, both decisions side by side.")
    String diff;

    @Option(names = "--fail-on", paramLabel = "FINDING", converter = DutyFinding.Converter.class,
            completionCandidates = DutyFinding.Words.class,
            description = "Exit 1 when a row is a finding: in-scope (any element in scope) or third-party "
                    + "(a third-party facility in scope, 他者設備).")
    DutyFinding failOn;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        if (diff != null) {
            return differences();
        }
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

    /** {@code --diff}: the decisions of {@code --regime} (or the default) against those of {@code --diff}. */
    private int differences() throws Exception {
        if (failOn != null) {
            throw new BadInputException("--fail-on does not apply to --diff, which lists changes, not findings");
        }
        query.check(DutyDifference.class);
        return withApplication(context -> {
            Regimes regimes = context.getBean(Regimes.class);
            String from = regimes.getOrDefault(regime).id();
            regimes.get(diff);
            List<DutyDifference> differences = context.getBean(DutyDiffQuery.class).diff(carrier, service, from, diff);
            query.print(out(), context, DutyDifference.class, differences, DIFF_COLUMNS);
            note(differences.size() + (differences.size() == 1 ? " decision changes" : " decisions change")
                    + " status from " + from + " to " + diff);
            return ExitCode.OK;
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
