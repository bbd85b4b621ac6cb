package demarc.api.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import demarc.api.output.AcceptHeader;
import demarc.api.problem.NotFoundException;
import demarc.queries.exposure.UnknownCarrierException;

/**
 * A carrier's evidence report, in the form {@code ?format=} names or else the best the {@code Accept} header asks
 * for: JSON (the default, also for a missing header or {@code * / *}), Markdown, HTML, PDF, Turtle or JSON-LD.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private static final Map<MediaType, ReportFormat> OFFERS = offers();

    private final CarrierReports reports;
    private final ReportRenderer renderer;

    ReportController(CarrierReports reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/{carrier}")
    ResponseEntity<byte[]> report(@PathVariable String carrier,
                                  @RequestParam(required = false) String regime,
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFormat chosen = format != null ? fromParameter(format) : AcceptHeader.choose(accept, OFFERS);
        CarrierReport report;
        try {
            report = reports.report(carrier, regime);
        } catch (UnknownCarrierException e) {
            throw new NotFoundException("carrier", carrier, e.getMessage());
        }
        MediaType type = MediaType.parseMediaType(chosen.mediaType());
        if (chosen.isText()) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"report-" + carrier + "-"
                        + report.regime().id() + "." + chosen.extension() + "\"")
                .header("Demarc-Content-Hash", report.contentHash().value())
                .body(renderer.render(report, chosen));
    }

    private static ReportFormat fromParameter(String format) {
        try {
            return ReportFormat.fromWire(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** Each format by its media type, JSON (the default) first. */
    private static Map<MediaType, ReportFormat> offers() {
        Map<MediaType, ReportFormat> offers = new LinkedHashMap<>();
        for (ReportFormat format : ReportFormat.values()) {
            offers.put(MediaType.parseMediaType(format.mediaType()), format);
        }
        return offers;
    }
}
