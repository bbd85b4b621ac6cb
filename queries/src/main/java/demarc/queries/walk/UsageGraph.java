package demarc.queries.walk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
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
    private static final String WALK_STEPS_FROM = CypherResource.load(UsageGraph.class, "walk-steps-from.cypher");
    private static final String SERVICES = CypherResource.load(UsageGraph.class, "services.cypher");
    private static final String SERVICE = CypherResource.load(UsageGraph.class, "service.cypher");
    /** Ids per {@code walk-steps-from} statement: one plan for every batch, a parameter list of bounded size. */
    private static final int BATCH = 10_000;

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
        tx.run(WALK_EDGES).forEachRemaining(row -> add(steps, row));
        return sorted(steps);
    }

    /**
     * Reads the walk steps of the part of the graph reachable from {@code roots}, breadth first, one statement per
     * level (in batches): {@link #reachedFrom} gives the same answer for any of the roots as on {@link #load}'s
     * whole graph, since every node it can visit has all its steps. For one service this reads a few hundred
     * nodes instead of the whole graph.
     */
    public static UsageGraph loadFrom(TransactionContext tx, Collection<String> roots) {
        Map<String, List<Step>> steps = new HashMap<>();
        Set<String> seen = new HashSet<>(roots);
        List<String> level = List.copyOf(seen);
        while (!level.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (int start = 0; start < level.size(); start += BATCH) {
                List<String> batch = level.subList(start, Math.min(level.size(), start + BATCH));
                tx.run(WALK_STEPS_FROM, Map.of("ids", batch)).forEachRemaining(row -> {
                    add(steps, row);
                    if (seen.add(row.get("to").asString())) {
                        next.add(row.get("to").asString());
                    }
                });
            }
            level = next;
        }
        return sorted(steps);
    }

    private static void add(Map<String, List<Step>> steps, Record row) {
        steps.computeIfAbsent(row.get("from").asString(), k -> new ArrayList<>())
                .add(new Step(row.get("to").asString(), row.get("via").asString()));
    }

    private static UsageGraph sorted(Map<String, List<Step>> steps) {
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
        return tx.run(serviceOrNull == null ? SERVICES : SERVICE, parameters)
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
