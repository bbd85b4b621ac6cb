package demarc.api.neo4j;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The graph database out of reach (an external Neo4j stopped or cut off), after the driver's own retries
 * ({@code spring.neo4j.max-transaction-retry-time}): an RFC 9457 problem with status 503 and {@code Retry-After},
 * for every endpoint. Nothing was written by such a request (a transaction that cannot reach the database cannot
 * commit) and the driver reconnects by itself once the database answers, so the request can simply be repeated.
 * It lives here, beside the connection, because it is the one place outside the importer and the queries that
 * needs to know the driver's exceptions (see ArchitectureTest).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphUnavailableAdvice {

    /** When a client may try again: about the time a Neo4j restart takes. */
    private static final String RETRY_AFTER_SECONDS = "10";

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
}
