package demarc.queries.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import demarc.model.decision.Chain;
import demarc.model.decision.ChainNode;
import demarc.model.decision.CrossingService;
import demarc.model.decision.DemarcationDecision;
import demarc.model.gate.GraphGate;
import demarc.model.vocabulary.WireValue;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import demarc.queries.walk.ServicesUsingQuery;
import demarc.queries.walk.UsageGraph;

/**
 * The whole chain around one service or element: the dependency tree below it, the services that use it, and the
 * boundaries between parties that touch the tree, decided under the default regime.
 */
public final class ChainQuery {

    private static final String BELOW = CypherResource.load(ChainQuery.class, "chain-below.cypher");
    /** The boundary mark of a step to another party's element without a declared connection. */
    private static final String UNDECLARED = "undeclared";

    private final Driver driver;
    private final String database;
    private final GraphGate gate;
    private final Regimes regimes;
    private final ServicesUsingQuery servicesUsing;
    private final DemarcationQuery demarcations;

    public ChainQuery(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
        this.regimes = Regimes.bundled();
        this.servicesUsing = new ServicesUsingQuery(driver, database, gate);
        this.demarcations = new DemarcationQuery(driver, database, gate, regimes);
    }

    /** The chain of the service or element with this id, or empty when the graph has neither. */
    public Optional<Chain> chain(String serviceOrElementId) {
        // the chain, the services using its root and its boundaries are three reads of one state of the graph
        return gate.read(() -> read(serviceOrElementId));
    }

    private Optional<Chain> read(String serviceOrElementId) {
        Regime regime = regimes.get(regimes.defaultId());
        List<String> nonInheriting = regime.nonInheritingResourceKinds().stream().sorted().map(WireValue::wire).toList();
        List<Record> rows;
        try (var session = driver.session(ReadSessions.config(database))) {
            rows = session.executeRead(tx -> tx.run(BELOW, Map.of("id", serviceOrElementId,
                    "reached", List.copyOf(UsageGraph.load(tx).reachedFrom(serviceOrElementId).keySet()),
                    "nonInheritingKinds", nonInheriting)).list());
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Record> nodes = new LinkedHashMap<>();
        rows.forEach(row -> nodes.put(row.get("id").asString(), row));
        boolean rootIsService = rows.get(0).get("rootIsService").asBoolean();
        ChainNode down = new TreeBuilder(nodes).node(serviceOrElementId, null, null, null);
        List<CrossingService> usedBy = rootIsService ? List.of()
                : servicesUsing.servicesUsing(List.of(serviceOrElementId)).getOrDefault(serviceOrElementId, List.of());
        List<DemarcationDecision> boundaries = demarcations.demarcationsTouching(nodes.keySet(), regime.id());
        return Optional.of(new Chain(serviceOrElementId, rootIsService ? "service" : "element", down, usedBy,
                boundaries));
    }

    /** Depth-first over the fetched nodes; a node shown once is marked, not expanded again. */
    private static final class TreeBuilder {
        private final Map<String, Record> nodes;
        private final Set<String> shown = new HashSet<>();

        TreeBuilder(Map<String, Record> nodes) {
            this.nodes = nodes;
        }

        ChainNode node(String id, String via, Integer anyOfGroup, String boundary) {
            Record row = nodes.get(id);
            boolean repeat = !shown.add(id);
            // Beyond a declared connection lies the other party's: show the node, not what it depends on.
            boolean expand = !repeat && row.get("expanded").asBoolean() && (boundary == null || boundary.equals(UNDECLARED));
            List<ChainNode> children = new ArrayList<>();
            if (expand) {
                String owner = row.get("owner").asString(null);
                for (Value requirement : row.get("requires").asList(v -> v)) {
                    String child = requirement.get("id").asString();
                    boolean anyOf = requirement.get("anyOf").asBoolean();
                    Integer slot = requirement.get("slot").isNull() ? null : requirement.get("slot").asInt();
                    String connection = requirement.get("connection").asString(null);
                    String childOwner = nodes.containsKey(child) ? nodes.get(child).get("owner").asString(null) : null;
                    String crossing = connection != null ? connection
                            : owner != null && childOwner != null && !Objects.equals(owner, childOwner) ? UNDECLARED
                            : null;
                    children.add(node(child, anyOf ? "any-of" : "requires", anyOf ? slot : null, crossing));
                }
                for (String manager : row.get("managers").asList(Value::asString)) {
                    children.add(node(manager, "managed-by", null, null));
                }
            }
            return new ChainNode(id, row.get("name").asString(null), row.get("type").asString(), via, anyOfGroup,
                    row.get("owner").asString(null), row.get("operator").asString(null),
                    row.get("countries").asList(Value::asString), row.get("roles").asList(Value::asString), boundary,
                    repeat, List.copyOf(children));
        }
    }
}
