package demarc.importer.document;

/** The document cannot be parsed at all: bad syntax, an alias bomb, a forbidden tag, a limit exceeded. */
public final class DocumentSyntaxException extends Exception {

    private final transient DocumentProblem problem;

    public DocumentSyntaxException(DocumentProblem problem) {
        super(problem.line() + ": " + problem.path() + ": " + problem.message());
        this.problem = problem;
    }

    public DocumentProblem problem() {
        return problem;
    }
}
