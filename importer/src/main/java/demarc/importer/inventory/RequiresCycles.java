package demarc.importer.inventory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the cycles of {@code requires} edges given as lists per element id, by an iterative depth-first search:
 * long dependency chains must not exhaust the stack. Used for one document and for the documents of a unit.
 */
final class RequiresCycles {

    /** Told of each cycle found. */
    interface Handler<E> {
        /**
         * @param closing the edge that closes the cycle
         * @param chain   the ids around the cycle, from where it starts back to the same id
         * @param edges   the cycle's edges in order, {@code closing} last
         */
        void cycle(E closing, List<String> chain, List<E> edges);
    }

    private RequiresCycles() {
    }

    static <E> void find(Map<String, List<E>> edges, Function<E, String> target, Handler<E> handler) {
        Map<String, Boolean> onStack = new HashMap<>();
        for (String start : edges.keySet()) {
            if (onStack.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<E> entered = new ArrayDeque<>(); // the edge into each element of path but the first
            Deque<Integer> next = new ArrayDeque<>();
            path.push(start);
            next.push(0);
            onStack.put(start, true);
            while (!path.isEmpty()) {
                String node = path.peek();
                int index = next.pop();
                List<E> targets = edges.getOrDefault(node, List.of());
                if (index == targets.size()) {
                    path.pop();
                    if (!entered.isEmpty() && entered.size() == path.size()) {
                        entered.pop();
                    }
                    onStack.put(node, false);
                    continue;
                }
                next.push(index + 1);
                E edge = targets.get(index);
                String to = target.apply(edge);
                Boolean state = onStack.get(to);
                if (state == null) {
                    path.push(to);
                    entered.push(edge);
                    next.push(0);
                    onStack.put(to, true);
                } else if (state) {
                    report(edge, to, path, entered, handler);
                }
            }
        }
    }

    private static <E> void report(E closing, String to, Deque<String> path, Deque<E> entered, Handler<E> handler) {
        List<String> chain = new ArrayList<>();
        List<E> cycle = new ArrayList<>(List.of(closing));
        Iterator<E> into = entered.iterator();
        for (String id : path) { // from the top of the stack down to where the cycle closes
            chain.add(0, id);
            if (id.equals(to)) {
                break;
            }
            cycle.add(0, into.next());
        }
        chain.add(to);
        handler.cycle(closing, chain, cycle);
    }
}
