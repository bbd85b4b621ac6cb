package demarc.importer.inventory;

import java.util.List;
import java.util.stream.Collectors;

/** The document was not imported, and nothing was written, because of {@link #errors()}. */
public final class InventoryRejectedException extends Exception {

    private final transient List<InventoryError> errors;

    public InventoryRejectedException(List<InventoryError> errors) {
        super(errors.stream().map(InventoryError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** Every error found, ordered by line. */
    public List<InventoryError> errors() {
        return errors;
    }
}
