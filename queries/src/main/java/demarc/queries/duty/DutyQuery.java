package demarc.queries.duty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import demarc.model.decision.DutyDecision;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.model.vocabulary.ServiceClass;
import demarc.model.vocabulary.WireValue;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;
import demarc.queries.failure.FailurePropagation;
import demarc.queries.failure.RequiresGraphQuery;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.ServiceClassRule;
import demarc.queries.walk.UsageGraph;

/**
 * The Art 41 duty decisions (rules.md, "Duty to keep facilities conforming"): one per carrier, service of the
 * carrier and element used for that service, decided by {@code duties.cypher} with the regime's data as parameters.
 */
public final class DutyQuery {

    private static final String DUTIES = CypherResource.load(DutyQuery.class, "duties.cypher");
    private static final String ELEMENT_INHERITANCE = CypherResource.load(DutyQuery.class,
            "element-inheritance.cypher");
    /** Element ids per {@code element-inheritance} statement: one plan for every batch. */
    private static final int BATCH = 10_000;
    /** How many of the elements an element inherits a role from its reasons name (the count says the rest). */
    private static final int INHERITED_EXAMPLES = 5;

    /** An element used for a service, and the path the walk reached it by. */
    private record Use(String service, String element, List<PathStep> path) {
    }

    private final Driver driver;
    private final String database;
    private final GraphGate gate;
    private final Regimes regimes;

    public DutyQuery(Driver driver, String database, GraphGate gate, Regimes regimes) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
        this.regimes = regimes;
    }

    /**
     * The decisions, sorted by carrier, service and element.
     *
     * @param carrierOrNull only this carrier's services, or all carriers
     * @param serviceOrNull only this service, or all services
     * @param regimeOrNull  the regime id, or the default regime
     * @throws demarc.queries.rulebook.UnknownRegimeException when the regime is not in the rulebook
     */
    public List<DutyDecision> duties(String carrierOrNull, String serviceOrNull, String regimeOrNull) {
        // the walk, the critical elements and the duties are several statements: of one state of the graph
        return gate.read(() -> read(carrierOrNull, serviceOrNull, regimeOrNull));
    }

    private List<DutyDecision> read(String carrierOrNull, String serviceOrNull, String regimeOrNull) {
        Regime regime = regimes.getOrDefault(regimeOrNull);
        try (var session = driver.session(ReadSessions.config(database))) {
            Map<String, List<PathStep>> paths = new HashMap<>();
            List<Record> rows = session.executeRead(tx -> {
                paths.clear();
                Map<String, Object> parameters = parameters(regime);
                parameters.put("critical", critical(tx, regime, carrierOrNull, serviceOrNull));
                List<Use> uses = uses(tx, carrierOrNull, serviceOrNull);
                uses.forEach(use -> paths.put(key(use.service(), use.element()), use.path()));
                parameters.put("uses", uses.stream()
                        .map(use -> Map.of("service", use.service(), "element", use.element())).toList());
                parameters.put("above", above(tx, uses, parameters));
                return tx.run(DUTIES, parameters).list();
            });
            return rows.stream().map(row -> decision(regime, row,
                    paths.get(key(row.get("service").asString(), row.get("element").asString())))).toList();
        }
    }

    private static String key(String service, String element) {
        return service + '\n' + element;
    }

    /**
     * Every element used for a carrier's service, with its path. The walk reads only the part of the graph the
     * services reach: for one service's explanation, a few hundred nodes.
     */
    private static List<Use> uses(TransactionContext tx, String carrierOrNull, String serviceOrNull) {
        List<UsageGraph.ServiceStart> starts = UsageGraph.services(tx, carrierOrNull, serviceOrNull, true);
        UsageGraph graph = UsageGraph.loadFrom(tx, starts.stream().map(UsageGraph.ServiceStart::service).toList());
        List<Use> uses = new ArrayList<>();
        for (UsageGraph.ServiceStart start : starts) {
            graph.reachedFrom(start.service()).forEach((element, path) ->
                    uses.add(new Use(start.service(), element, path)));
        }
        return uses;
    }

    /**
     * Per element used, what it takes from the elements above it ({@code element-inheritance.cypher}): each element
     * is walked up once, however many services use it (a zone is used by nearly every service).
     */
    private static Map<String, Object> above(TransactionContext tx, List<Use> uses,
                                             Map<String, Object> regimeParameters) {
        List<String> elements = uses.stream().map(Use::element).distinct().toList();
        Map<String, Object> above = new HashMap<>();
        for (int start = 0; start < elements.size(); start += BATCH) {
            Map<String, Object> parameters = Map.of(
                    "elements", elements.subList(start, Math.min(elements.size(), start + BATCH)),
                    "nonInheritingKinds", regimeParameters.get("nonInheritingKinds"),
                    "lineOrSwitchRoles", regimeParameters.get("lineOrSwitchRoles"),
                    "examples", INHERITED_EXAMPLES);
            tx.run(ELEMENT_INHERITANCE, parameters).forEachRemaining(row -> above.put(row.get("element").asString(),
                    Map.of("inherited", row.get("inherited").asObject(),
                            "ownLineOrSwitchHosts", row.get("ownLineOrSwitchHosts").asObject())));
        }
        return above;
    }

    /** The regime's data as the query's parameters. */
    private static Map<String, Object> parameters(Regime regime) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("dutyCategories", wires(regime.dutyCategories()));
        parameters.put("largeImpactDesignation", regime.largeImpactDesignation().wire());
        parameters.put("paidUsersThreshold", regime.designatedService().paidUsersThreshold());
        parameters.put("mobileVoiceNumbersDesignate", regime.designatedService().mobileVoiceNumbers());
        parameters.put("item2Classes", regime.serviceClasses().values().stream()
                .filter(ServiceClassRule::item2Listed).map(c -> c.serviceClass().wire()).sorted().toList());
        parameters.put("lineOrSwitchRoles", wires(regime.lineOrSwitchRoles()));
        parameters.put("coreRoles", wires(regime.coreRoles()));
        parameters.put("itemThreeApplies", regime.itemThreeApplies());
        parameters.put("nonInheritingKinds", wires(regime.nonInheritingResourceKinds()));
        parameters.put("extensionClasses",
                regime.extension().map(e -> wires(e.serviceClasses())).orElse(List.of()));
        parameters.put("extensionInsufficientRoles",
                regime.extension().map(e -> wires(e.rolesNotSufficient())).orElse(List.of()));
        return parameters;
    }

    /** Per service of the extension's classes, the elements whose failure alone makes it fail. */
    private static Map<String, Object> critical(TransactionContext tx, Regime regime, String carrierOrNull,
                                                String serviceOrNull) {
        Map<String, Object> critical = new HashMap<>();
        regime.extension().ifPresent(extension -> RequiresGraphQuery
                .belowServices(tx, carrierOrNull, serviceOrNull, wires(extension.serviceClasses()))
                .forEach((service, edges) ->
                        critical.put(service, List.copyOf(new FailurePropagation(edges).criticalFor(service)))));
        return critical;
    }

    private static DutyDecision decision(Regime regime, Record row, List<PathStep> path) {
        String status = row.get("status").asString();
        boolean inScope = "in-scope".equals(status);
        String carrier = row.get("carrier").asString();
        String ruleKey = row.get("ruleKey").asString();
        return new DutyDecision(
                carrier,
                row.get("service").asString(),
                row.get("element").asString(),
                row.get("elementKind").asString(null),
                row.get("owner").asString(null),
                row.get("operator").asString(null),
                status,
                row.get("thirdParty").asBoolean(),
                inScope ? carrier : null,
                row.get("exemptions").asList(Value::asString),
                regime.rule(ruleKey).id(),
                regime.rule(ruleKey).citation(),
                regime.id(),
                DutyReasons.of(regime, row, path),
                inScope ? standards(regime, row.get("serviceClass").asString(null)) : List.of(),
                path);
    }

    private static List<String> standards(Regime regime, String serviceClass) {
        Optional<ServiceClass> known = serviceClass == null ? Optional.empty()
                : WireValue.fromWire(ServiceClass.class, serviceClass);
        return known.map(regime::standardsFor)
                .orElseGet(() -> regime.standardSets().get(Regime.COMMON_STANDARDS));
    }

    private static <E extends Enum<E> & WireValue> List<String> wires(Collection<E> values) {
        return values.stream().sorted().map(WireValue::wire).collect(Collectors.toCollection(ArrayList::new));
    }
}
