package demarc.importer.inventory;

/**
 * Told how an import is getting on, for a progress display. Called on the importing thread, inside the write
 * transaction while writing: a listener must be quick, and whatever it throws aborts the import. Counts are of
 * items, one item being a node or relationship row written (an entry, a relationship, a replaced field); a
 * transaction the driver retries after a transient error (a deadlock with another import) starts counting again
 * from zero.
 */
public interface ImportListener {

    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() {
    };

    /** The steps of an import, in order. */
    enum Stage {
        /** Reading, translating and validating the documents; nothing written yet. */
        CHECKING,
        /** Waiting for other imports of the same sources to commit (a source is imported by one at a time). */
        WAITING,
        /** Writing the documents' nodes and relationships; {@link #written} reports how far. */
        WRITING,
        /** Sweeping what the sources no longer say and refreshing the derived facts over the whole graph. */
        FINISHING
    }

    /** The import has moved on to {@code stage}. */
    default void stage(Stage stage) {
    }

    /** {@code written} of the {@code total} items of this transaction are written. */
    default void written(long written, long total) {
    }
}
