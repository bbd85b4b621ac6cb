package demarc.importer.format;

import java.util.List;
import java.util.stream.Collectors;

import demarc.importer.document.DocumentProblem;

/** The file is not valid in its own format; every problem names its line and path in the source file. */
public final class TranslationException extends Exception {

    private final transient List<DocumentProblem> problems;

    public TranslationException(List<DocumentProblem> problems) {
        super(problems.stream().map(p -> p.line() + ": " + p.path() + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DocumentProblem> problems() {
        return problems;
    }
}
