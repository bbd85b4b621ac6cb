package demarc.importer.document;

/**
 * A problem found while reading a document: its 1-based line, the path of the value it concerns
 * ({@code functions[3].owner}, or {@code $} for the document as a whole) and what is wrong.
 */
public record DocumentProblem(int line, String path, String message) {
}
