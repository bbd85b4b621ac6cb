package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import demarc.importer.inventory.Inventory.Element;
import demarc.importer.inventory.Inventory.Entry;
import demarc.importer.inventory.Inventory.EntryKind;
import demarc.importer.inventory.Inventory.Ref;
import demarc.importer.inventory.Inventory.Requirement;
import demarc.importer.inventory.Inventory.Target;
import demarc.importer.inventory.StoredGraph.StoredNode;
import demarc.model.vocabulary.ResourceKind;

/**
 * The checks that look across entries: duplicate ids, references that resolve (in the document or, from
 * another source, in the stored graph) to the right kind of entry, ids the graph already uses for something
 * else, and {@code requires} cycles within the document.
 */
final class InventoryValidator {

    private static final String SITE = ResourceKind.SITE.wire();

    private final ErrorCollector errors;

    InventoryValidator(ErrorCollector errors) {
        this.errors = errors;
    }

    void validate(Inventory inventory, StoredGraph stored) {
        Map<String, Entry> defined = definitions(inventory);
        for (Entry entry : defined.values()) {
            checkNotSomethingElse(entry, stored, inventory.source());
        }
        for (Ref ref : inventory.references()) {
            checkReference(ref, defined, stored, inventory.source());
        }
        checkCycles(inventory, defined);
    }

    /** Every id the document defines, reporting the second and later definitions of an id. */
    private Map<String, Entry> definitions(Inventory inventory) {
        Map<String, Entry> defined = new LinkedHashMap<>();
        for (Entry entry : inventory.entries()) {
            if (entry.id() == null) {
                continue;
            }
            Entry first = defined.putIfAbsent(entry.id(), entry);
            if (first != null) {
                errors.add(entry.origin().line(), entry.origin().path() + ".id", "duplicate id '" + entry.id()
                        + "' (first defined at line " + first.origin().line() + " as " + first.origin().path() + ")");
            }
        }
        return defined;
    }

    /** Ids are unique across the whole graph: another source may not already use this one for another kind. */
    private void checkNotSomethingElse(Entry entry, StoredGraph stored, String source) {
        Optional<StoredNode> existing = stored.definedBesides(entry.id(), source);
        if (existing.isPresent() && !existing.get().label().equals(entry.entryKind().label)) {
            StoredNode node = existing.get();
            errors.add(entry.origin().line(), entry.origin().path() + ".id", "id '" + entry.id()
                    + "' is already " + word(node.label()) + " in the graph (sources: "
                    + String.join(", ", node.sources()) + "); ids are unique across all kinds");
        }
    }

    private void checkReference(Ref ref, Map<String, Entry> defined, StoredGraph stored, String source) {
        Entry local = defined.get(ref.id());
        String label;
        String kind;
        if (local != null) {
            label = local.entryKind().label;
            kind = local instanceof Element element ? element.kind() : null;
        } else {
            Optional<StoredNode> node = stored.definedBesides(ref.id(), source);
            if (node.isEmpty()) {
                errors.add(ref.origin().line(), ref.origin().path(),
                        "unknown id '" + ref.id() + "' (expected the id of " + ref.target().expected + ")");
                return;
            }
            label = node.get().label();
            kind = (String) node.get().properties().get("kind");
        }
        boolean fits = switch (ref.target()) {
            case PARTY -> label.equals(EntryKind.PARTY.label);
            case ELEMENT -> label.equals(EntryKind.FUNCTION.label) || label.equals(EntryKind.RESOURCE.label);
            case SITE -> label.equals(EntryKind.RESOURCE.label) && SITE.equals(kind);
        };
        if (!fits) {
            String found = label.equals(EntryKind.RESOURCE.label) ? "a resource of kind " + kind : word(label);
            errors.add(ref.origin().line(), ref.origin().path(), "'" + ref.id() + "' is " + found
                    + (local == null ? " (stored)" : "") + ", expected the id of " + ref.target().expected);
        }
    }

    /** Reports each cycle of {@code requires} (any member of an anyOf counts) among the document's elements. */
    private void checkCycles(Inventory inventory, Map<String, Entry> defined) {
        Map<String, List<Ref>> edges = new LinkedHashMap<>();
        for (Element element : inventory.elements()) {
            if (element.id() == null || defined.get(element.id()) != element || element.requires() == null) {
                continue;
            }
            List<Ref> targets = new ArrayList<>();
            for (Requirement requirement : element.requires()) {
                requirement.members().stream().filter(ref -> defined.get(ref.id()) instanceof Element)
                        .forEach(targets::add);
            }
            edges.put(element.id(), targets);
        }
        RequiresCycles.find(edges, Ref::id, (closing, chain, cycle) -> errors.add(closing.origin().line(),
                closing.origin().path(), "requires cycle: " + String.join(" -> ", chain)));
    }

    /** "a party", "a service", ... for a graph label. */
    private static String word(String label) {
        for (EntryKind kind : EntryKind.values()) {
            if (kind.label.equals(label)) {
                return "a " + kind.word;
            }
        }
        return "a " + label;
    }
}
