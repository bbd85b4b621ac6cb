package demarc.api.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import demarc.model.decision.DemarcationDecision;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.rulebook.Regimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarc demarcation}: every boundary between parties and whether its 分界点 is in order. */
@Command(name = "demarcation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists every boundary between two parties' facilities: declared connections with their",
                "demarcation point (分界点, 設備規則23条) and function check (機能確認, 24条), boundaries found in",
                "the graph but never declared, and boundaries to clouds and contractors, which are not",
                "demarcation points at all: the carrier keeps the whole duty there."})
final class DemarcationCommand extends ContextCommand {

    static final List<String> TABLE_COLUMNS = List.of("status", "connection", "kind", "between", "parties",
            "point", "functionCheck", "services");

    /** Statuses that are not a gap: the point is in order, or there is no demarcation to declare. */
    static final Set<String> NOT_A_GAP = Set.of("ok", "not-a-demarcation");

    @Option(names = "--carrier", paramLabel = "ID", description = "Only boundaries of this carrier.")
    String carrier;

    @Option(names = "--regime", paramLabel = "ID", description = "Rulebook regime (default: the rulebook's default).")
    String regime;

    @Option(names = "--fail-on", paramLabel = "FINDING", converter = GapWord.class,
            completionCandidates = GapWord.class,
            description = "gap: exit 1 when a boundary's status is neither ok nor not-a-demarcation "
                    + "(missing-point, missing-function-check, undeclared-boundary).")
    String failOn;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() throws Exception {
        query.check(DemarcationDecision.class);
        return withApplication(context -> {
            if (regime != null) {
                context.getBean(Regimes.class).get(regime);
            }
            List<DemarcationDecision> boundaries =
                    context.getBean(DemarcationQuery.class).demarcations(carrier, regime);
            query.print(out(), context, DemarcationDecision.class, boundaries, TABLE_COLUMNS);
            long gaps = boundaries.stream().filter(b -> !NOT_A_GAP.contains(b.status())).count();
            if (GapWord.GAP.equals(failOn) && gaps > 0) {
                note(gaps + (gaps == 1 ? " boundary has a gap" : " boundaries have gaps") + " (--fail-on gap)");
                return ExitCode.FINDINGS;
            }
            return ExitCode.OK;
        });
    }

    /** The one finding {@code --fail-on} knows here. */
    static final class GapWord implements ITypeConverter<String>, Iterable<String> {
        static final String GAP = "gap";

        @Override
        public String convert(String value) {
            if (!GAP.equals(value)) {
                throw new IllegalArgumentException("expected gap");
            }
            return value;
        }

        @Override
        public Iterator<String> iterator() {
            return List.of(GAP).iterator();
        }
    }
}
