package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error found in one document, so the author sees them all at once. */
final class ErrorCollector {

    private final String file;
    private final List<InventoryError> errors = new ArrayList<>();

    ErrorCollector(String file) {
        this.file = file;
    }

    void add(int line, String path, String message) {
        errors.add(new InventoryError(file, line, path, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors ordered by line; errors on one line keep the order they were found in. */
    List<InventoryError> errors() {
        return errors.stream().sorted(Comparator.comparingInt(InventoryError::line)).toList();
    }
}
