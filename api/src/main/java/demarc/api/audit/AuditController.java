package demarc.api.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import demarc.api.output.OutputFormat;
import demarc.api.output.RecordRenderer;
import tools.jackson.databind.json.JsonMapper;

/** The audit, for the regulator and the admin ({@code demarc.api.access.AccessPolicy}). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog audit;
    private final JsonMapper json;

    AuditController(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /**
     * The entries from {@code since} on (an instant, or a day from its start in UTC), oldest first.
     *
     * @param format {@code json} (default): the entries; {@code csv}: RFC 4180 with a header row
     */
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> entries(@RequestParam(required = false) String since,
                              @RequestParam(defaultValue = "json") String format) {
        Instant from;
        try {
            from = AuditTimes.since(since);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<AuditEntry> entries = audit.read(from);
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
            case "csv" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .body(new RecordRenderer(json).render(OutputFormat.CSV, AuditEntry.class, entries, null));
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "format '" + format + "' is not known: json or csv");
        };
    }
}
