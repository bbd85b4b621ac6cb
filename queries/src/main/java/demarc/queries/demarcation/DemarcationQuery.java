package demarc.queries.demarcation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import demarc.model.decision.CrossingService;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.PartyRef;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.model.vocabulary.ConnectionKind;
import demarc.model.vocabulary.WireValue;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;
import demarc.queries.rulebook.ConnectionRule;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.Rule;
import demarc.queries.walk.ServicesUsingQuery;

/**
 * Where responsibility changes hands (rules.md, "Demarcation points"): every declared connection with the status
 * of its 分界点 and 機能確認, and every boundary found in the graph where a carrier's service or element requires
 * another party's element without a declared connection.
 */
public final class DemarcationQuery {

    private static final String DECLARED = CypherResource.load(DemarcationQuery.class,
            "declared-connections.cypher");
    private static final String UNDECLARED = CypherResource.load(DemarcationQuery.class,
            "undeclared-boundaries.cypher");
    /** The rule for a connection whose kind is missing or unknown: the general demarcation articles. */
    private static final String GENERAL_RULE = "demarcation-point";

    private final Driver driver;
    private final String database;
    private final GraphGate gate;
    private final Regimes regimes;
    private final ServicesUsingQuery servicesUsing;

    public DemarcationQuery(Driver driver, String database, GraphGate gate, Regimes regimes) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
        this.regimes = regimes;
        this.servicesUsing = new ServicesUsingQuery(driver, database, gate);
    }

    /**
     * Declared connections (by id) then boundaries found in the graph (by their two ends).
     *
     * @param carrierOrNull only boundaries where this party is one of the two parties
     * @param regimeOrNull  the regime id, or the default regime
     */
    public List<DemarcationDecision> demarcations(String carrierOrNull, String regimeOrNull) {
        return decide(carrierOrNull, null, regimeOrNull);
    }

    /**
     * The boundaries, declared or not, with at least one end among {@code ids} (services or elements), in the order
     * of {@link #demarcations(String, String)}.
     */
    public List<DemarcationDecision> demarcationsTouching(Collection<String> ids, String regimeOrNull) {
        return decide(null, List.copyOf(ids), regimeOrNull);
    }

    /** The connections, the boundaries and the services using their ends are read in several transactions. */
    private List<DemarcationDecision> decide(String carrierOrNull, List<String> idsOrNull, String regimeOrNull) {
        return gate.read(() -> read(carrierOrNull, idsOrNull, regimeOrNull));
    }

    private List<DemarcationDecision> read(String carrierOrNull, List<String> idsOrNull, String regimeOrNull) {
        Regime regime = regimes.getOrDefault(regimeOrNull);
        List<String> carriersOnly = regime.connectionKinds().values().stream().filter(ConnectionRule::carriersOnly)
                .map(c -> c.kind().wire()).sorted().toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("carrier", carrierOrNull);
        parameters.put("elements", idsOrNull);
        parameters.put("carriersOnlyKinds", carriersOnly);
        List<Record> declared;
        List<Record> undeclared;
        try (var session = driver.session(ReadSessions.config(database))) {
            declared = session.executeRead(tx -> tx.run(DECLARED, parameters).list());
            undeclared = session.executeRead(tx -> tx.run(UNDECLARED, parameters).list());
        }
        Set<String> ends = new LinkedHashSet<>();
        declared.forEach(row -> {
            ends.add(row.get("end0").asString(null));
            ends.add(row.get("end1").asString(null));
        });
        undeclared.forEach(row -> {
            ends.add(row.get("from").asString());
            ends.add(row.get("to").asString());
        });
        ends.remove(null);
        Map<String, List<CrossingService>> using = servicesUsing.servicesUsing(ends);
        List<DemarcationDecision> decisions = new ArrayList<>();
        declared.forEach(row -> decisions.add(declared(regime, row, using)));
        undeclared.forEach(row -> decisions.add(undeclared(regime, row, using)));
        return List.copyOf(decisions);
    }

    private static DemarcationDecision declared(Regime regime, Record row, Map<String, List<CrossingService>> using) {
        String connection = row.get("connection").asString();
        String kind = row.get("kind").asString(null);
        String end0 = row.get("end0").asString(null);
        String end1 = row.get("end1").asString(null);
        PartyRef party0 = party(row.get("party0"));
        PartyRef party1 = party(row.get("party1"));
        String point = row.get("point").asString(null);
        String functionCheck = row.get("functionCheck").asString(null);
        String status = row.get("status").asString();
        ConnectionRule connectionRule = kind == null ? null : WireValue.fromWire(ConnectionKind.class, kind)
                .map(regime.connectionKinds()::get).orElse(null);
        Rule rule = "not-a-demarcation".equals(status) ? regime.rule("not-a-demarcation")
                : regime.rule(connectionRule == null ? GENERAL_RULE : connectionRule.rule());
        List<String> reasons = new ArrayList<>();
        reasons.add("declared " + (kind == null ? "connection (no kind)" : kind) + " " + connection + " between "
                + side(end0, party0) + " and " + side(end1, party1));
        if (connectionRule == null) {
            reasons.add(connection + " has no known kind: read as a connection between carriers under "
                    + regime.rule(GENERAL_RULE).article());
        }
        switch (status) {
            case "not-a-demarcation" -> {
                PartyRef notCarrier = party0 != null && "carrier".equals(party0.type()) ? party1 : party0;
                PartyRef carrier = notCarrier == party0 ? party1 : party0;
                reasons.add(describe(notCarrier) + " is not a carrier, and a " + kind
                        + " joins two carriers: no 分界点 article applies");
                if (carrier != null && "carrier".equals(carrier.type())) {
                    reasons.add(carrier.id() + " keeps the whole duty for what it uses there");
                }
            }
            case "missing-point" -> reasons.add("no 分界点 is declared: " + rule.article()
                    + " requires a point where the facilities can be disconnected");
            case "missing-function-check" -> reasons.add("分界点 '" + point + "' is declared but no 機能確認 method: "
                    + rule.article() + " requires a way to check normal operation by isolating there");
            default -> reasons.add("分界点 '" + point + "' and 機能確認 '" + functionCheck + "' are declared");
        }
        return new DemarcationDecision(connection, kind, nullable(end0, end1), nullable(party0, party1), point,
                functionCheck, status, rule.id(), rule.citation(), regime.id(), List.copyOf(reasons),
                crossing(using, end0, end1));
    }

    private static DemarcationDecision undeclared(Regime regime, Record row, Map<String, List<CrossingService>> using) {
        String from = row.get("from").asString();
        String to = row.get("to").asString();
        PartyRef carrier = party(row.get("party0"));
        PartyRef other = party(row.get("party1"));
        String status = row.get("status").asString();
        Rule rule = regime.rule(status);
        String fromWhat = row.get("fromService").asBoolean() ? "service " + from : from;
        List<String> reasons = new ArrayList<>();
        reasons.add(carrier.id() + "'s " + fromWhat + " requires " + to + ", owned by " + describe(other)
                + ", with no declared connection");
        if ("undeclared-boundary".equals(status)) {
            reasons.add("either " + carrier.id() + " buys a service from " + other.id()
                    + " there (declare the connection with its 分界点 and 機能確認), or it uses " + other.id()
                    + "'s facility as its own: then " + to + " is " + carrier.id()
                    + "'s third-party facility and its duties are decided as such");
        } else {
            reasons.add(other.id() + " is not a carrier: no 分界点 article applies (設備規則23 covers other carriers"
                    + " only), and " + carrier.id() + " keeps the whole duty for what it uses there");
        }
        List<CrossingService> crossing = new ArrayList<>(crossing(using, from, to));
        if (row.get("fromService").asBoolean()) {
            crossing.removeIf(c -> c.service().equals(from));
            crossing.add(0, new CrossingService(from, carrier.id(), List.of(new PathStep(from, null))));
        }
        return new DemarcationDecision(null, null, List.of(from, to), List.of(carrier, other), null, null, status,
                rule.id(), rule.citation(), regime.id(), List.copyOf(reasons), List.copyOf(crossing));
    }

    /** The services reaching either end, each with its shorter path (the first end on a tie), by service id. */
    private static List<CrossingService> crossing(Map<String, List<CrossingService>> using, String end0, String end1) {
        Map<String, CrossingService> byService = new LinkedHashMap<>();
        for (String end : Arrays.asList(end0, end1)) {
            for (CrossingService service : using.getOrDefault(end, List.of())) {
                byService.merge(service.service(), service,
                        (kept, other) -> other.path().size() < kept.path().size() ? other : kept);
            }
        }
        return byService.values().stream().sorted(Comparator.comparing(CrossingService::service)).toList();
    }

    private static PartyRef party(Value value) {
        if (value.isNull()) {
            return null;
        }
        return new PartyRef(value.get("id").asString(), value.get("name").asString(null),
                value.get("type").asString(null), value.get("country").asString(null));
    }

    private static String describe(PartyRef party) {
        return party == null ? "no recorded party" : party.id() + " (" + Objects.requireNonNullElse(party.type(), "no type") + ")";
    }

    private static String side(String element, PartyRef owner) {
        return (element == null ? "(missing end)" : element) + " of " + describe(owner);
    }

    /** Two values of which either may be missing from the graph. */
    @SafeVarargs
    private static <T> List<T> nullable(T... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
