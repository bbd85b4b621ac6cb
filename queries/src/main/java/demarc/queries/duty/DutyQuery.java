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

    private final Driver driver;
    private final String database;
    private final GraphGate gate;
    private final Regimes regimes;
    private final RequiresGraphQuery requiresGraph;

    public DutyQuery(Driver driver, String database, GraphGate gate, Regimes regimes) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
        this.regimes = regimes;
        this.requiresGraph = new RequiresGraphQuery(driver, database, gate);
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
        // the critical elements and the duties are read in two transactions: of one state of the graph
        return gate.read(() -> read(carrierOrNull, serviceOrNull, regimeOrNull));
    }

    private List<DutyDecision> read(String carrierOrNull, String serviceOrNull, String regimeOrNull) {
        Regime regime = regimes.getOrDefault(regimeOrNull);
        Map<String, Object> parameters = parameters(regime);
        parameters.put("critical", critical(regime, carrierOrNull, serviceOrNull));
        try (var session = driver.session(ReadSessions.config(database))) {
            List<Record> rows = session.executeRead(tx -> {
                parameters.put("uses", uses(tx, carrierOrNull, serviceOrNull));
                return tx.run(DUTIES, parameters).list();
            });
            return rows.stream().map(row -> decision(regime, row)).toList();
        }
    }

    /**
     * (service, element, path) for every element used for a carrier's service, as the query's {@code $uses}. The
     * walk reads only the part of the graph the services reach: for one service's explanation, a few hundred nodes.
     */
    private static List<Map<String, Object>> uses(TransactionContext tx, String carrierOrNull, String serviceOrNull) {
        List<UsageGraph.ServiceStart> starts = UsageGraph.services(tx, carrierOrNull, serviceOrNull, true);
        UsageGraph graph = UsageGraph.loadFrom(tx, starts.stream().map(UsageGraph.ServiceStart::service).toList());
        List<Map<String, Object>> uses = new ArrayList<>();
        for (UsageGraph.ServiceStart start : starts) {
            graph.reachedFrom(start.service()).forEach((element, path) -> uses.add(Map.of(
                    "service", start.service(),
                    "element", element,
                    "path", path.stream().map(DutyQuery::step).toList())));
        }
        return uses;
    }

    private static Map<String, Object> step(PathStep step) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", step.id());
        map.put("via", step.via());
        return map;
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
    private Map<String, Object> critical(Regime regime, String carrierOrNull, String serviceOrNull) {
        Map<String, Object> critical = new HashMap<>();
        regime.extension().ifPresent(extension -> requiresGraph
                .belowServices(carrierOrNull, serviceOrNull, wires(extension.serviceClasses()))
                .forEach((service, edges) ->
                        critical.put(service, List.copyOf(new FailurePropagation(edges).criticalFor(service)))));
        return critical;
    }

    private static DutyDecision decision(Regime regime, Record row) {
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
                DutyReasons.of(regime, row),
                inScope ? standards(regime, row.get("serviceClass").asString(null)) : List.of(),
                row.get("path").asList(step -> new PathStep(step.get("id").asString(), step.get("via").asString(null))));
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
