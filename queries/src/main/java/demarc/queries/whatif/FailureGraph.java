package demarc.queries.whatif;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;
import demarc.queries.failure.RequiresEdge;

/**
 * Reads what the what-if analyses need: the REQUIRES graph (whole, or the part a failure can travel along) and the
 * services and elements named in it.
 */
final class FailureGraph {

    private static final String REQUIRES_GRAPH = CypherResource.load(FailureGraph.class, "requires-graph.cypher");
    private static final String REQUIRES_ABOVE = CypherResource.load(FailureGraph.class, "requires-above.cypher");
    private static final String NODES = CypherResource.load(FailureGraph.class, "nodes.cypher");

    /** A service or an element as the analyses see it; the fields of the other kind are null. */
    record Node(String id, boolean service, String serviceClass, long users, boolean emergencyCalls,
                int prefectures, String provider, long providerUsers, String kind, List<String> roles,
                String owner) {
    }

    private final Driver driver;
    private final String database;

    FailureGraph(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Every REQUIRES relationship of the graph. */
    List<RequiresEdge> edges() {
        return read(REQUIRES_GRAPH, Map.of());
    }

    /** The REQUIRES relationships the failure of {@code failedIds} can travel along (requires-above.cypher). */
    List<RequiresEdge> edgesAbove(Collection<String> failedIds) {
        return read(REQUIRES_ABOVE, Map.of("ids", List.copyOf(failedIds)));
    }

    private List<RequiresEdge> read(String statement, Map<String, Object> parameters) {
        try (var session = driver.session(ReadSessions.config(database))) {
            return session.executeRead(tx -> {
                List<RequiresEdge> edges = new ArrayList<>();
                int unslotted = 0;
                for (var row : tx.run(statement, parameters).list()) {
                    // A relationship without a slot is an entry of its own, never merged into another.
                    int slot = row.get("slot").isNull() ? --unslotted : row.get("slot").asInt();
                    edges.add(new RequiresEdge(row.get("from").asString(), slot, row.get("anyOf").asBoolean(),
                            row.get("to").asString()));
                }
                return edges;
            });
        }
    }

    /** The services and elements with these ids; ids the graph does not hold are absent. */
    Map<String, Node> nodes(Collection<String> ids) {
        try (var session = driver.session(ReadSessions.config(database))) {
            return session.executeRead(tx -> {
                Map<String, Node> nodes = new LinkedHashMap<>();
                for (var row : tx.run(NODES, Map.of("ids", List.copyOf(ids))).list()) {
                    boolean service = row.get("isService").asBoolean();
                    if (!service && !row.get("isElement").asBoolean()) {
                        continue;
                    }
                    nodes.put(row.get("id").asString(), new Node(row.get("id").asString(), service,
                            text(row.get("serviceClass")), number(row.get("users")),
                            row.get("emergencyCalls").asBoolean(), (int) number(row.get("prefectures")),
                            text(row.get("provider")), number(row.get("providerUsers")), text(row.get("kind")),
                            row.get("roles").asList(Value::asString), text(row.get("owner"))));
                }
                return nodes;
            });
        }
    }

    /** Per node, the nodes it requires directly: what {@link #below} walks. */
    static Map<String, List<String>> requiredBy(Collection<RequiresEdge> edges) {
        Map<String, List<String>> next = new HashMap<>();
        for (RequiresEdge edge : edges) {
            next.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
        }
        return next;
    }

    /** Every node {@code root} requires, directly or through others, sorted; {@code next} from {@link #requiredBy}. */
    static Set<String> below(String root, Map<String, List<String>> next) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            for (String child : next.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(child)) {
                    todo.push(child);
                }
            }
        }
        return seen;
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static long number(Value value) {
        return value.isNull() ? 0 : value.asLong();
    }
}
