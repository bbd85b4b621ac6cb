package demarc.importer.inventory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentReader;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.ParsedDocument;

/**
 * The first stages of an import: read (YAML or JSON, with lines), map, validate. The stored graph is consulted
 * once, through {@code lookup}, for every id the document defines or refers to.
 */
record CheckedInventory(Inventory inventory, StoredGraph stored) {

    static CheckedInventory check(String fileName, String content, Function<List<String>, StoredGraph> lookup)
            throws InventoryRejectedException {
        ParsedDocument parsed;
        try {
            parsed = DocumentReader.read(fileName, content);
        } catch (DocumentSyntaxException e) {
            ErrorCollector errors = new ErrorCollector(fileName);
            add(errors, e.problem());
            throw new InventoryRejectedException(errors.errors());
        }
        return check(fileName, parsed, lookup);
    }

    /** The same stages for a document already read, or translated from another format. */
    static CheckedInventory check(String fileName, ParsedDocument parsed, Function<List<String>, StoredGraph> lookup)
            throws InventoryRejectedException {
        ErrorCollector errors = new ErrorCollector(fileName);
        parsed.problems().forEach(problem -> add(errors, problem));
        Inventory inventory = new InventoryMapper(errors).map(fileName, parsed.root());
        if (inventory == null) {
            throw new InventoryRejectedException(errors.errors());
        }
        StoredGraph stored = lookup.apply(ids(inventory));
        new InventoryValidator(errors).validate(inventory, stored);
        if (!errors.isEmpty()) {
            throw new InventoryRejectedException(errors.errors());
        }
        return new CheckedInventory(inventory, stored);
    }

    private static void add(ErrorCollector errors, DocumentProblem problem) {
        errors.add(problem.line(), problem.path(), problem.message());
    }

    /** Every id the document defines or refers to, once. */
    private static List<String> ids(Inventory inventory) {
        Set<String> ids = new LinkedHashSet<>();
        inventory.entries().stream().map(Inventory.Entry::id).filter(id -> id != null).forEach(ids::add);
        inventory.references().forEach(ref -> ids.add(ref.id()));
        return List.copyOf(ids);
    }
}
