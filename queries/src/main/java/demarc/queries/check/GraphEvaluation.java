package demarc.queries.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.model.gate.GraphGate;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.rulebook.Regimes;
import demarc.queries.whatif.FailedService;
import demarc.queries.whatif.SinglePointOfFailure;
import demarc.queries.whatif.SpofQuery;
import demarc.queries.whatif.WhatIfQuery;

/**
 * Everything a design check compares, decided on one graph by the ordinary queries: the duty decisions, the
 * demarcation decisions, the single points of failure of every service and the accident class of every service.
 * A check evaluates its scratch graph before and after importing the design and compares the two.
 */
public final class GraphEvaluation {

    private static final String SERVICES = CypherResource.load(GraphEvaluation.class, "services.cypher");

    /**
     * The decisions of one graph, each map keyed so that the same fact has the same key in another graph.
     *
     * @param duties       by {@link #dutyKey}
     * @param demarcations by {@link #demarcationKey}
     * @param spofs        by {@link #spofKey}
     * @param exposure     by service id: the accident class and the outage after which a failure is serious
     */
    public record Evaluation(Map<String, DutyDecision> duties, Map<String, DemarcationDecision> demarcations,
                             Map<String, SinglePointOfFailure> spofs, Map<String, FailedService> exposure) {

        /** The evaluation of an empty graph: what a design checked on its own is compared with. */
        public static Evaluation empty() {
            return new Evaluation(Map.of(), Map.of(), Map.of(), Map.of());
        }
    }

    private final Driver driver;
    private final String database;
    private final GraphGate gate;
    private final DutyQuery duties;
    private final DemarcationQuery demarcations;
    private final SpofQuery spof;
    private final WhatIfQuery whatIf;

    public GraphEvaluation(Driver driver, String database, GraphGate gate, Regimes regimes) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
        this.duties = new DutyQuery(driver, database, gate, regimes);
        this.demarcations = new DemarcationQuery(driver, database, gate, regimes);
        this.spof = new SpofQuery(driver, database, gate);
        this.whatIf = new WhatIfQuery(driver, database, gate, regimes);
    }

    /**
     * Every query's answer, all of one state of the graph.
     *
     * @param regimeOrNull the regime id, or the default regime
     */
    public Evaluation evaluate(String regimeOrNull) {
        return gate.read(() -> read(regimeOrNull));
    }

    private Evaluation read(String regimeOrNull) {
        Map<String, DutyDecision> dutyMap = new LinkedHashMap<>();
        duties.duties(null, null, regimeOrNull).forEach(d -> dutyMap.put(dutyKey(d), d));
        Map<String, DemarcationDecision> demarcationMap = new LinkedHashMap<>();
        demarcations.demarcations(null, regimeOrNull).forEach(d -> demarcationMap.put(demarcationKey(d), d));
        List<String> services = services();
        Map<String, SinglePointOfFailure> spofMap = new LinkedHashMap<>();
        for (String service : services) {
            spof.spof(service).forEach(point -> spofMap.put(spofKey(point), point));
        }
        Map<String, FailedService> exposure = new LinkedHashMap<>();
        if (!services.isEmpty()) {
            // Failing every service at once gives each one's accident class and serious-after hours in one pass.
            whatIf.whatIf(services, null, regimeOrNull).services().stream()
                    .filter(failed -> services.contains(failed.id()))
                    .forEach(failed -> exposure.put(failed.id(), failed));
        }
        return new Evaluation(dutyMap, demarcationMap, spofMap, exposure);
    }

    /** {@code carrier/service/element}. */
    public static String dutyKey(DutyDecision decision) {
        return decision.carrier() + "/" + decision.service() + "/" + decision.element();
    }

    /** The connection id, or {@code from -> to} for a boundary found in the graph. */
    public static String demarcationKey(DemarcationDecision decision) {
        return decision.connection() != null ? decision.connection()
                : String.join(" -> ", decision.between());
    }

    /** {@code service/element}. */
    public static String spofKey(SinglePointOfFailure point) {
        return point.service() + "/" + point.element();
    }

    private List<String> services() {
        try (var session = driver.session(ReadSessions.config(database))) {
            return session.executeRead(tx -> tx.run(SERVICES).list(row -> row.get("service").asString()));
        }
    }
}
