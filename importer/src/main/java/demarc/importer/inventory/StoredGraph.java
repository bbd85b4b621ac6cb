package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the stored graph already holds under the ids a document defines or refers to, as read before the
 * document is written: used to resolve references to other sources' entries, to refuse an id that is already
 * something else, and to name the fields that change hands.
 */
record StoredGraph(Map<String, List<StoredNode>> nodesById) {

    static final StoredGraph EMPTY = new StoredGraph(Map.of());

    /** A relationship from the node: its type, the id it points to, its source, and for REQUIRES slot/anyOf. */
    record StoredLink(String type, String target, String source, Long slot, Boolean anyOf, Long end,
                      Boolean defaulted) {
    }

    /** A stored node with id {@code id}; {@code label} is Party, Service, Function, Resource or Connection. */
    record StoredNode(String id, String label, List<String> sources, String source, Map<String, Object> properties,
                      List<StoredLink> links) {

        /** Whether a source other than {@code importing} defines the node, so it outlives the re-import. */
        boolean definedBesides(String importing) {
            return sources.stream().anyMatch(s -> !s.equals(importing));
        }

        List<StoredLink> links(String type) {
            return links.stream().filter(link -> link.type().equals(type)).toList();
        }
    }

    /**
     * This graph with {@code nodes} in front: what other documents of the same unit define, which the unit
     * writes in the same transaction, so that they are found before what is stored.
     */
    StoredGraph withFirst(List<StoredNode> nodes) {
        Map<String, List<StoredNode>> merged = new HashMap<>();
        nodes.forEach(node -> merged.computeIfAbsent(node.id(), id -> new ArrayList<>()).add(node));
        nodesById.forEach((id, stored) -> merged.computeIfAbsent(id, key -> new ArrayList<>()).addAll(stored));
        return new StoredGraph(merged);
    }

    /** The node under {@code id} that a source other than {@code importing} defines, if any. */
    Optional<StoredNode> definedBesides(String id, String importing) {
        return nodesById.getOrDefault(id, List.of()).stream().filter(n -> n.definedBesides(importing)).findFirst();
    }
}
