package demarc.importer.format;

/**
 * A file format demarc reads (ETSI SOL001, NetBox, RDF, ...): it recognises its files from their content and
 * translates each onto the inventory document of inventory-format.md, which then goes through the same
 * validation and writing as a hand-written inventory.
 */
public interface InventoryFormat {

    /** Short name used by {@code --format} and in reports, e.g. {@code sol001}. */
    String id();

    /** One line for the format table of the README and of {@code demarc import --help}. */
    String description();

    /** Whether the file looks like this format; cheap, from the content (the name may only break ties). */
    boolean recognizes(InputFile file);

    /**
     * The file as an inventory document tree (every node with the line of the source it came from) and the
     * coverage: what was mapped, what was skipped and why.
     *
     * @throws TranslationException when the file is not valid in its own format; nothing is imported
     */
    Translation translate(InputFile file) throws TranslationException;

    /**
     * How an error at {@code path} of the translated inventory tree ({@code functions[3].owner}) is named to the
     * user, who knows the source file; by default the path itself. The CSV format names the column instead.
     */
    default String sourcePath(String path) {
        return path;
    }
}
