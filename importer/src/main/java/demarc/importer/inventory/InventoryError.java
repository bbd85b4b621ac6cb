package demarc.importer.inventory;

/**
 * One reason an inventory document was rejected: the file, the 1-based line, the path of the value
 * ({@code functions[3].requires[1]}, {@code $} for the whole document) and what was expected.
 */
public record InventoryError(String file, int line, String path, String message) {

    /** {@code file:line: path: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + path + ": " + message;
    }
}
