package demarc.api.problem;

import java.util.List;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
 *   <li>an unknown id → 404, with the members {@code kind} and {@code id};</li>
 *   <li>the graph database out of reach (an external Neo4j stopped or cut off, after the driver's retries,
 *       {@code spring.neo4j.max-transaction-retry-time}) → 503 with {@code Retry-After}: the driver reconnects by
 *       itself once the database answers again, so the same request can simply be repeated.</li>
 * </ul>
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** When a client may try again after a 503: about the time a Neo4j restart takes. */
    private static final String RETRY_AFTER_SECONDS = "10";

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

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ResponseEntity<ProblemDetail> graphUnavailable(Exception e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the graph database cannot be reached: " + e.getMessage()
                        + " Nothing was changed by this request; repeat it when the database is back.");
        problem.setTitle("Graph database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    private List<String> knownRegimes() {
        return regimes.all().stream().map(Regime::id).toList();
    }
}
