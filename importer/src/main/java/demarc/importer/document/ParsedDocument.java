package demarc.importer.document;

import java.util.List;

/**
 * A document that parsed, with the problems that did not stop the parse (a duplicate key keeps its first
 * value and is reported here). An importer must reject the document when {@code problems} is not empty.
 */
public record ParsedDocument(DocNode root, List<DocumentProblem> problems) {
    public ParsedDocument {
        problems = List.copyOf(problems);
    }
}
