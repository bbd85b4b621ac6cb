package demarc.queries.walk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

import demarc.model.decision.PathStep;
import demarc.queries.cypher.CypherResource;

/**
 * The "used for" walk of rules.md held in memory: from a service or element, REQUIRES forward (not across a
 * declared connection) and MANAGES backward, any mix, to a fixed point. A breadth-first search gives each reached
 * element one shortest path; ties go to the smaller id, so answers are stable.
 */
public final class UsageGraph {

    private static final String WALK_EDGES = CypherResource.load(UsageGraph.class, "walk-edges.cypher");
    private static final String SERVICES = CypherResource.load(UsageGraph.class, "services.cypher");

    private record Step(String to, String via) {
    }

    /** A service a walk starts from and the party that provides it (null when it names none). */
    public record ServiceStart(String service, String provider) {
    }

    private final Map<String, List<Step>> steps;

    private UsageGraph(Map<String, List<Step>> steps) {
        this.steps = steps;
    }

    /** Reads every walk step of the graph in the caller's (read) transaction. */
    public static UsageGraph load(TransactionContext tx) {
        Map<String, List<Step>> steps = new HashMap<>();
        tx.run(WALK_EDGES).forEachRemaining(row -> steps
                .computeIfAbsent(row.get("from").asString(), k -> new ArrayList<>())
                .add(new Step(row.get("to").asString(), row.get("via").asString())));
        steps.values().forEach(list -> list.sort(Comparator.comparing(Step::to).thenComparing(Step::via)));
        return new UsageGraph(steps);
    }

    /** The services to start from, sorted by id; {@code null} filters mean all. */
    public static List<ServiceStart> services(TransactionContext tx, String carrierOrNull, String serviceOrNull,
                                              boolean carriersOnly) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("carrier", carrierOrNull);
        parameters.put("service", serviceOrNull);
        parameters.put("carriersOnly", carriersOnly);
        return tx.run(SERVICES, parameters)
                .list(row -> new ServiceStart(row.get("service").asString(), row.get("provider").asString(null)));
    }

    /**
     * Every element the walk reaches from {@code root} (the root itself excluded), in the order reached, each with
     * its path: the root first (via {@code null}), then one step per hop.
     */
    public Map<String, List<PathStep>> reachedFrom(String root) {
        Map<String, List<PathStep>> paths = new LinkedHashMap<>();
        paths.put(root, List.of(new PathStep(root, null)));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Step step : steps.getOrDefault(at, List.of())) {
                if (!paths.containsKey(step.to())) {
                    List<PathStep> path = new ArrayList<>(paths.get(at));
                    path.add(new PathStep(step.to(), step.via()));
                    paths.put(step.to(), List.copyOf(path));
                    queue.add(step.to());
                }
            }
        }
        paths.remove(root);
        return paths;
    }
}
