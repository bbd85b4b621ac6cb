package demarc.api.demarcation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.output.RecordResponses;
import demarc.model.decision.DemarcationDecision;
import demarc.queries.demarcation.DemarcationQuery;
import tools.jackson.databind.json.JsonMapper;

/** Every boundary between two parties' facilities and whether its demarcation point (分界点) is in order. */
@RestController
@RequestMapping("/api/v1/demarcations")
class DemarcationController {

    private final DemarcationQuery demarcations;
    private final RecordResponses responses;

    DemarcationController(DemarcationQuery demarcations, JsonMapper json) {
        this.demarcations = demarcations;
        this.responses = new RecordResponses(json);
    }

    /** JSON, or by {@code Accept} CSV or Markdown with every column. */
    @GetMapping
    ResponseEntity<Object> demarcations(@RequestParam(required = false) String carrier,
                                        @RequestParam(required = false) String regime,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return responses.answer(accept, DemarcationDecision.class, demarcations.demarcations(carrier, regime));
    }
}
