package demarc.importer.inventory;

import java.util.List;

/**
 * What importing a unit of documents did: a report per document, in the order given, and the warnings about
 * the graph as a whole once the unit is written (nodes left without an owner, provider or ends).
 */
public record UnitImport(List<ImportReport> documents, List<String> warnings, long millis) {

    public UnitImport {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }
}
