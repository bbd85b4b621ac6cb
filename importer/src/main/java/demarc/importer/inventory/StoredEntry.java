package demarc.importer.inventory;

/**
 * An entry already in the graph: its id, the document list it is written in ({@code parties}, {@code services},
 * {@code functions}, {@code resources}, {@code connections}) and, for functions and resources, its kind.
 */
public record StoredEntry(String id, String list, String kind) {
}
