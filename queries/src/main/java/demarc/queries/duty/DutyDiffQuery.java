package demarc.queries.duty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import demarc.model.decision.DutyDecision;
import demarc.model.gate.GraphGate;
import demarc.queries.rulebook.Regimes;

/**
 * The regime diff (rules.md, "Diffing two regimes"): the same graph decided under two regimes, joined by (carrier,
 * service, element), keeping the keys whose status differs.
 */
public final class DutyDiffQuery {

    private final DutyQuery duties;
    private final GraphGate gate;
    private final Regimes regimes;

    public DutyDiffQuery(DutyQuery duties, GraphGate gate, Regimes regimes) {
        this.duties = duties;
        this.gate = gate;
        this.regimes = regimes;
    }

    /**
     * The differences, sorted by carrier, service and element (the order of {@link DutyQuery#duties}).
     *
     * @param fromRegimeOrNull the regime compared from, or the default regime
     * @param toRegime         the regime compared to
     * @throws demarc.queries.rulebook.UnknownRegimeException when a regime is not in the rulebook
     */
    public List<DutyDifference> diff(String carrierOrNull, String serviceOrNull, String fromRegimeOrNull,
                                     String toRegime) {
        Objects.requireNonNull(toRegime, "the regime to compare to");
        String fromId = regimes.getOrDefault(fromRegimeOrNull).id();
        String toId = regimes.get(toRegime).id();
        return gate.read(() -> diff(duties.duties(carrierOrNull, serviceOrNull, fromId),
                duties.duties(carrierOrNull, serviceOrNull, toId), fromId, toId));
    }

    /** The two regimes' decisions of one state of the graph, joined. */
    private static List<DutyDifference> diff(List<DutyDecision> from, List<DutyDecision> toDecisions, String fromId,
                                             String toId) {
        Map<List<String>, DutyDecision> to = new HashMap<>();
        toDecisions.forEach(d -> to.put(key(d), d));
        // The "used for" walk does not depend on the regime, so both regimes decide exactly the same keys.
        List<DutyDifference> differences = new ArrayList<>();
        for (DutyDecision a : from) {
            DutyDecision b = to.get(key(a));
            if (!a.status().equals(b.status())) {
                differences.add(new DutyDifference(a.carrier(), a.service(), a.element(), a.elementKind(), a.owner(),
                        a.thirdParty(), fromId, a.status(), a.exemptions(), a.rule(), a.citation(), a.reasons(),
                        toId, b.status(), b.exemptions(), b.rule(), b.citation(), b.reasons(), a.path()));
            }
        }
        return List.copyOf(differences);
    }

    private static List<String> key(DutyDecision decision) {
        return List.of(decision.carrier(), decision.service(), decision.element());
    }
}
