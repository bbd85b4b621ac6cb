package demarc.api.problem;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import demarc.importer.format.UnknownFormatException;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.UnknownRegimeException;

/**
 * Every error of the API as an RFC 9457 problem detail. Spring's own failures (unsupported content type → 415,
 * unreadable body → 400, unknown path → 404, …) come from {@link ResponseEntityExceptionHandler}; demarc's own:
 * <ul>
 *   <li>a rejected inventory → 422, the list of errors (file, line, path, message) in the member {@code errors};</li>
 *   <li>an unknown import format → 400;</li>
 *   <li>an unknown regime → 400, the known ones in the detail and in the member {@code knownRegimes};</li>
 *   <li>an unknown id → 404, with the members {@code kind} and {@code id}.</li>
 * </ul>
 * The graph database out of reach → 503 comes from {@code demarc.api.neo4j.GraphUnavailableAdvice}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private final Regimes regimes;

    public ProblemDetailsAdvice(Regimes regimes) {
        this.regimes = regimes;
    }

    @ExceptionHandler
    ProblemDetail rejectedInventory(InventoryRejectedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "the inventory was not imported: " + e.errors().size()
                        + (e.errors().size() == 1 ? " error" : " errors"));
        problem.setTitle("Inventory rejected");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownFormat(UnknownFormatException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unknown format");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownRegime(UnknownRegimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unknown regime");
        problem.setProperty("knownRegimes", knownRegimes());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    private List<String> knownRegimes() {
        return regimes.all().stream().map(Regime::id).toList();
    }
}
