package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import demarc.importer.inventory.Inventory.Element;
import demarc.importer.inventory.Inventory.Entry;
import demarc.importer.inventory.Inventory.Ref;
import demarc.importer.inventory.Inventory.Requirement;
import demarc.importer.inventory.StoredGraph.StoredNode;

/**
 * The read, map and validate stages for several documents imported as one unit. Every document is mapped
 * first; then each is validated against the stored graph plus what the unit's other documents define, so a
 * reference may point into another file of the unit. The stored graph is read once for the whole unit.
 * The conflict warnings of a document see the stored graph plus the documents written before it.
 */
record CheckedUnit(List<CheckedInventory> documents, List<List<String>> conflicts) {

    static CheckedUnit check(List<TreeDocument> documents, Function<List<String>, StoredGraph> lookup)
            throws InventoryRejectedException {
        List<ErrorCollector> errors = new ArrayList<>();
        List<Inventory> inventories = new ArrayList<>();
        boolean unreadable = false;
        for (TreeDocument document : documents) {
            ErrorCollector collector = new ErrorCollector(document.file());
            Inventory inventory = new InventoryMapper(collector).map(document.file(), document.tree());
            unreadable |= inventory == null;
            errors.add(collector);
            inventories.add(inventory);
        }
        if (unreadable) {
            // without every document's entries, references into the unreadable one would only add noise
            throw rejected(errors);
        }
        sameSource(inventories, errors);
        StoredGraph stored = lookup.apply(ids(inventories));
        List<CheckedInventory> checked = new ArrayList<>();
        List<List<String>> conflicts = new ArrayList<>();
        for (int i = 0; i < inventories.size(); i++) {
            Inventory inventory = inventories.get(i);
            StoredGraph view = stored.withFirst(nodes(inventories, i, true));
            new InventoryValidator(errors.get(i)).validate(inventory, view);
            checked.add(new CheckedInventory(inventory, view));
            conflicts.add(ConflictWarnings.of(inventory, stored.withFirst(nodes(inventories, i, false))));
        }
        if (inventories.size() > 1) {
            crossDocumentCycles(inventories, errors);
        }
        if (errors.stream().anyMatch(collector -> !collector.isEmpty())) {
            throw rejected(errors);
        }
        return new CheckedUnit(checked, conflicts);
    }

    /** Two documents of one unit may not state the same source: the second would sweep what the first wrote. */
    private static void sameSource(List<Inventory> inventories, List<ErrorCollector> errors) {
        Map<String, Inventory> first = new LinkedHashMap<>();
        for (int i = 0; i < inventories.size(); i++) {
            Inventory inventory = inventories.get(i);
            if (inventory.source() == null) {
                continue;
            }
            Inventory earlier = first.putIfAbsent(inventory.source(), inventory);
            if (earlier != null) {
                errors.get(i).add(1, "source", "source '" + inventory.source() + "' is also the source of "
                        + earlier.file() + " in the same import; each document of an import needs its own source");
            }
        }
    }

    /** The entries of the unit's other documents (all of them, or only those before {@code index}) as nodes. */
    private static List<StoredNode> nodes(List<Inventory> inventories, int index, boolean all) {
        List<StoredNode> nodes = new ArrayList<>();
        for (int j = all ? inventories.size() - 1 : index - 1; j >= 0; j--) {
            Inventory other = inventories.get(j);
            if (j == index || other.source() == null) {
                continue;
            }
            for (Entry entry : other.entries()) {
                if (entry.id() != null) {
                    nodes.add(new StoredNode(entry.id(), entry.entryKind().label, List.of(other.source()),
                            other.source(), entry.properties(), List.of()));
                }
            }
        }
        return nodes;
    }

    /** A requires edge and the document that states it. */
    private record Edge(Ref ref, int document) {
    }

    /**
     * Reports each requires cycle that runs through more than one document of the unit (a cycle within one
     * document is already reported by its validation). An element's requires are those of the last document that
     * states them, since that document's write replaces the others'.
     */
    private static void crossDocumentCycles(List<Inventory> inventories, List<ErrorCollector> errors) {
        Map<String, List<Edge>> edges = new LinkedHashMap<>();
        for (int i = 0; i < inventories.size(); i++) {
            for (Element element : inventories.get(i).elements()) {
                if (element.id() == null || element.requires() == null) {
                    continue;
                }
                List<Edge> targets = new ArrayList<>();
                for (Requirement requirement : element.requires()) {
                    for (Ref ref : requirement.members()) {
                        targets.add(new Edge(ref, i));
                    }
                }
                edges.put(element.id(), targets);
            }
        }
        RequiresCycles.find(edges, edge -> edge.ref().id(), (closing, chain, cycle) -> {
            Set<Integer> documents = new LinkedHashSet<>();
            for (int i = cycle.size() - 1; i >= 0; i--) { // the closing edge's document first, as the errors go there
                documents.add(cycle.get(i).document());
            }
            if (documents.size() < 2) {
                return; // a cycle inside one document is reported by that document's validation
            }
            List<String> files = documents.stream().map(i -> inventories.get(i).file()).toList();
            errors.get(closing.document()).add(closing.ref().origin().line(), closing.ref().origin().path(),
                    "requires cycle across the files of the import (" + String.join(", ", files) + "): "
                            + String.join(" -> ", chain));
        });
    }

    private static List<String> ids(List<Inventory> inventories) {
        Set<String> ids = new LinkedHashSet<>();
        for (Inventory inventory : inventories) {
            inventory.entries().stream().map(Entry::id).filter(id -> id != null).forEach(ids::add);
            inventory.references().forEach(ref -> ids.add(ref.id()));
        }
        return List.copyOf(ids);
    }

    private static InventoryRejectedException rejected(List<ErrorCollector> errors) {
        List<InventoryError> all = new ArrayList<>();
        errors.forEach(collector -> all.addAll(collector.errors()));
        return new InventoryRejectedException(all);
    }
}
