package demarc.api.audit;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    /** How many entries matched the filters in all, whatever the offset and limit; for paging. */
    static final String MATCHED_HEADER = "X-Total-Count";
    static final String JSON_LINES = "application/jsonl";

    private final AuditLog audit;
    private final JsonMapper json;

    AuditController(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /**
     * The entries that match the filters ({@link AuditQuery}), oldest first unless {@code order=newest}.
     *
     * @param since  an instant, or a day from its start in UTC
     * @param until  an instant (excluded), or a day through its end in UTC
     * @param format {@code json} (default): the entries; {@code jsonl}: one entry a line, as in the file;
     *               {@code csv}: RFC 4180 with a header row. The last two come as a download.
     */
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, JSON_LINES, "text/csv"})
    ResponseEntity<?> entries(@RequestParam(required = false) String since,
                              @RequestParam(required = false) String until,
                              @RequestParam(required = false) String who,
                              @RequestParam(required = false) String role,
                              @RequestParam(required = false) String method,
                              @RequestParam(required = false) String path,
                              @RequestParam(required = false) String outcome,
                              @RequestParam(defaultValue = "oldest") String order,
                              @RequestParam(defaultValue = "0") int offset,
                              @RequestParam(required = false) Integer limit,
                              @RequestParam(defaultValue = "json") String format) {
        AuditQuery query;
        try {
            if (!order.equals("oldest") && !order.equals("newest")) {
                throw new IllegalArgumentException("order '" + order + "' is not known: oldest or newest");
            }
            query = new AuditQuery(AuditTimes.since(since), AuditTimes.until(until), blankToNull(who),
                    blankToNull(role), blankToNull(method), blankToNull(path),
                    blankToNull(outcome) == null ? null : AuditQuery.Outcome.fromWire(outcome),
                    order.equals("newest"), offset, limit);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        AuditQuery.Page page = query.apply(audit.read(query.since()));
        List<AuditEntry> entries = page.entries();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(MATCHED_HEADER, String.valueOf(page.matched()));
        return switch (format) {
            case "json" -> ok.contentType(MediaType.APPLICATION_JSON).body(entries);
            case "jsonl" -> download(ok, JSON_LINES, "jsonl").body(jsonLines(entries));
            case "csv" -> download(ok, "text/csv", "csv")
                    .body(new RecordRenderer(json).render(OutputFormat.CSV, AuditEntry.class, entries, null));
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "format '" + format + "' is not known: json, jsonl or csv");
        };
    }

    private static ResponseEntity.BodyBuilder download(ResponseEntity.BodyBuilder ok, String type, String extension) {
        return ok.contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("demarc-audit." + extension).build().toString());
    }

    private String jsonLines(List<AuditEntry> entries) {
        StringBuilder lines = new StringBuilder();
        for (AuditEntry entry : entries) {
            lines.append(json.writeValueAsString(entry)).append('\n');
        }
        return lines.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
