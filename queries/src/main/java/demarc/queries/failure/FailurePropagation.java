package demarc.queries.failure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Failure through {@code requires} (inventory-format.md, Dependencies): a node fails when any of its requires
 * entries fails; a plain entry fails when its element fails, an anyOf entry only when all its members fail.
 * {@code manages} is not an input: it never carries failure. Pure and database-free.
 */
public final class FailurePropagation {

    /** Per node, its requires entries by slot, each entry being the ids it names. */
    private final Map<String, Map<Integer, List<String>>> entries = new LinkedHashMap<>();
    private final Set<String> nodes = new TreeSet<>();

    public FailurePropagation(Collection<RequiresEdge> edges) {
        for (RequiresEdge edge : edges) {
            entries.computeIfAbsent(edge.from(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(edge.slot(), k -> new ArrayList<>()).add(edge.to());
            nodes.add(edge.from());
            nodes.add(edge.to());
        }
    }

    /** Every node that fails, the initial ones included, when {@code initiallyFailed} fail. */
    public Set<String> failed(Collection<String> initiallyFailed) {
        Set<String> failed = new HashSet<>(initiallyFailed);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Map<Integer, List<String>>> node : entries.entrySet()) {
                if (!failed.contains(node.getKey()) && anyEntryFails(node.getValue().values(), failed)) {
                    failed.add(node.getKey());
                    changed = true;
                }
            }
        }
        return failed;
    }

    /** The nodes other than {@code root} whose failure alone makes {@code root} fail, sorted. */
    public Set<String> criticalFor(String root) {
        Set<String> critical = new TreeSet<>();
        for (String candidate : nodes) {
            if (!candidate.equals(root) && failed(List.of(candidate)).contains(root)) {
                critical.add(candidate);
            }
        }
        return critical;
    }

    private static boolean anyEntryFails(Collection<List<String>> slots, Set<String> failed) {
        for (List<String> members : slots) {
            if (failed.containsAll(members)) {
                return true;
            }
        }
        return false;
    }
}
