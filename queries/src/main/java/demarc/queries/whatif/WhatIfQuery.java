package demarc.queries.whatif;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;

import demarc.model.gate.GraphGate;
import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.ServiceClass;
import demarc.model.vocabulary.WireValue;
import demarc.queries.failure.FailurePropagation;
import demarc.queries.failure.RequiresEdge;
import demarc.queries.rulebook.AccidentThreshold;
import demarc.queries.rulebook.NearMissCriteria;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.Rule;
import demarc.queries.rulebook.ServiceClassRule;

/**
 * What a set of failures stops (failure through {@code requires} to a fixed point, across declared connections;
 * {@code manages} never carries it) and which accident reports the outage of each failed service may trigger
 * (電気通信事業法28条; 施行規則58条・58条の2; 報告規則7条の3), by the thresholds of a regime.
 */
public final class WhatIfQuery {

    static final String SERIOUS = "serious-accident";
    static final String ROUTINE = "routine-accident";
    static final String NEAR_MISS = "near-miss";

    private final FailureGraph graph;
    private final GraphGate gate;
    private final Regimes regimes;

    public WhatIfQuery(Driver driver, String database, GraphGate gate, Regimes regimes) {
        this.graph = new FailureGraph(driver, database);
        this.gate = gate;
        this.regimes = regimes;
    }

    /**
     * How often a what-if reads the graph again when another process's import changed it between the edges and the
     * nodes (the gate keeps this process's imports out).
     */
    private static final int CONSISTENT_READ_ATTEMPTS = 5;

    /**
     * The elements and services that fail when {@code failedIds} (services or elements) fail, and for each failed
     * service its accident reporting; with {@code hoursOrNull}, the reports an outage of that length triggers.
     *
     * @throws UnknownIdException when an id names neither a service nor an element
     */
    public WhatIfResult whatIf(Collection<String> failedIds, Double hoursOrNull, String regimeOrNull) {
        if (failedIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one failed service or element");
        }
        if (hoursOrNull != null && !(hoursOrNull >= 0)) {
            throw new IllegalArgumentException("the outage duration must be 0 hours or more, was " + hoursOrNull);
        }
        Regime regime = regimes.getOrDefault(regimeOrNull);
        return gate.read(() -> read(new TreeSet<>(failedIds), hoursOrNull, regime));
    }

    private WhatIfResult read(Set<String> initial, Double hoursOrNull, Regime regime) {
        Map<String, FailureGraph.Node> named = graph.nodes(initial);
        List<String> unknown = initial.stream().filter(id -> !named.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownIdException("service or element", unknown);
        }
        // The edges and the nodes are read by two statements; an import of another process (this process's imports
        // wait at the gate) that commits between them can remove a node the edges still reached. Such a read mixes
        // two states of the graph: read both again.
        for (int attempt = 1; ; attempt++) {
            List<RequiresEdge> edges = graph.edgesAbove(initial);
            Set<String> failed = new TreeSet<>(new FailurePropagation(edges).failed(initial));
            Map<String, FailureGraph.Node> nodes = graph.nodes(failed);
            if (nodes.keySet().containsAll(failed)) {
                return result(initial, edges, failed, nodes, hoursOrNull, regime);
            }
            if (attempt == CONSISTENT_READ_ATTEMPTS) {
                throw new IllegalStateException("the graph kept changing during the what-if (" + attempt
                        + " reads); try again when the running imports are done");
            }
        }
    }

    private static WhatIfResult result(Set<String> initial, List<RequiresEdge> edges, Set<String> failed,
                                       Map<String, FailureGraph.Node> nodes, Double hoursOrNull, Regime regime) {
        List<FailedElement> elements = new ArrayList<>();
        List<FailedService> services = new ArrayList<>();
        Map<String, List<String>> requiredBy = FailureGraph.requiredBy(edges);
        for (String id : failed) {
            FailureGraph.Node node = nodes.get(id);
            if (node.service()) {
                Set<String> failedBelow = new TreeSet<>(FailureGraph.below(id, requiredBy));
                failedBelow.retainAll(failed);
                services.add(service(node, failedBelow, nodes, hoursOrNull, regime));
            } else {
                elements.add(new FailedElement(id, node.kind(), node.owner(), node.roles(), initial.contains(id)));
            }
        }
        return new WhatIfResult(List.copyOf(initial), elements, services);
    }

    private static FailedService service(FailureGraph.Node service, Set<String> failedBelow,
                                         Map<String, FailureGraph.Node> nodes, Double hours, Regime regime) {
        List<String> reasons = new ArrayList<>();
        String accidentClass = WireValue.fromWire(ServiceClass.class, service.serviceClass())
                .map(regime.serviceClasses()::get)
                .map(rule -> accidentClass(rule, service.emergencyCalls()))
                .orElse(null);
        List<AccidentThreshold> rows = accidentClass == null ? List.of()
                : regime.accidentThresholds().getOrDefault(accidentClass, List.of());
        if (accidentClass == null) {
            reasons.add("service class '" + service.serviceClass() + "' has no accident class in " + regime.id()
                    + ": no duration makes it a serious accident");
        }
        long users = service.users();
        Double seriousAfter = AccidentClassification.seriousAfterHours(rows, users);
        if (accidentClass != null) {
            reasons.add(seriousAfter == null
                    ? users + " users reach no row of accident class " + accidentClass + " " + describe(rows)
                    : users + " users of accident class " + accidentClass + " " + describe(rows)
                    + ": serious after " + hoursText(seriousAfter) + " h");
        }
        AccidentThreshold floor = regime.routineAccident();
        double routineAfter = users >= floor.users() ? 0 : floor.hours();
        reasons.add("routine-report floor " + hoursText(floor.hours()) + " h or " + floor.users() + " users: "
                + (routineAfter == 0 ? "reached by its users from the start" : "reached after "
                + hoursText(floor.hours()) + " h"));
        NearMissCriteria nearMiss = regime.nearMiss();
        List<String> coreFailed = failedBelow.stream()
                .filter(id -> nodes.get(id).roles().stream().anyMatch(role -> hasRole(nearMiss, role))).toList();
        boolean nearMissCandidate = service.providerUsers() >= nearMiss.carrierUsers()
                && service.prefectures() >= nearMiss.prefectures() && !coreFailed.isEmpty();
        reasons.add("near-miss: carrier " + service.provider() + " has " + service.providerUsers() + " users (needs "
                + nearMiss.carrierUsers() + "), the service spans " + service.prefectures() + " prefectures (needs "
                + nearMiss.prefectures() + "), failed elements with a listed declared role: "
                + (coreFailed.isEmpty() ? "none" : String.join(", ", coreFailed))
                + (nearMissCandidate ? " → candidate (the event itself decides)" : " → not a candidate"));
        Boolean serious = null;
        Boolean routine = null;
        List<String> reports = new ArrayList<>();
        if (hours != null) {
            serious = AccidentClassification.serious(rows, users, hours);
            routine = AccidentClassification.routine(floor, rows, users, hours);
            if (serious) {
                reports.add(regime.rule(SERIOUS).id());
            }
            if (routine) {
                reports.add(regime.rule(ROUTINE).id());
            }
            reasons.add("an outage of " + hoursText(hours) + " h is " + (serious ? "a serious accident"
                    : routine ? "a routine accident for the periodic report" : "below every reporting threshold"));
        }
        List<Rule> rules = List.of(regime.rule(SERIOUS), regime.rule(ROUTINE), regime.rule(NEAR_MISS));
        return new FailedService(service.id(), service.serviceClass(), users, service.provider(), accidentClass,
                seriousAfter, routineAfter, hours, serious, routine, nearMissCandidate, List.copyOf(reports),
                List.copyOf(failedBelow), regime.id(), rules.stream().map(Rule::id).toList(),
                rules.stream().map(Rule::citation).toList(), List.copyOf(reasons));
    }

    private static String accidentClass(ServiceClassRule rule, boolean emergencyCalls) {
        return emergencyCalls && rule.emergencyAccidentClass() != null ? rule.emergencyAccidentClass()
                : rule.accidentClass();
    }

    private static boolean hasRole(NearMissCriteria nearMiss, String declared) {
        return WireValue.fromWire(Role.class, declared).map(nearMiss.roles()::contains).orElse(false);
    }

    private static String describe(List<AccidentThreshold> rows) {
        return rows.stream().map(row -> "≥" + hoursText(row.hours()) + " h & ≥" + row.users() + " users")
                .toList().toString();
    }

    private static String hoursText(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }
}
