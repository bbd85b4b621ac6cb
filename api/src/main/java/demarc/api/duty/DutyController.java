package demarc.api.duty;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.output.RecordResponses;
import demarc.model.decision.DutyDecision;
import demarc.queries.duty.DutyDiffQuery;
import demarc.queries.duty.DutyDifference;
import demarc.queries.duty.DutyQuery;
import tools.jackson.databind.json.JsonMapper;

/** The Art 41 duty decisions (電気通信事業法 41条): one per carrier, service and element used for it. */
@RestController
@RequestMapping("/api/v1/duties")
class DutyController {

    private final DutyQuery duties;
    private final DutyDiffQuery diff;
    private final RecordResponses responses;

    DutyController(DutyQuery duties, DutyDiffQuery diff, JsonMapper json) {
        this.duties = duties;
        this.diff = diff;
        this.responses = new RecordResponses(json);
    }

    /**
     * Filters are optional; the regime defaults to the rulebook's default regime. JSON, or by {@code Accept} CSV
     * or Markdown with every column.
     */
    @GetMapping
    ResponseEntity<Object> duties(@RequestParam(required = false) String carrier,
                                  @RequestParam(required = false) String service,
                                  @RequestParam(required = false) String regime,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return responses.answer(accept, DutyDecision.class, duties.duties(carrier, service, regime));
    }

    /**
     * Every (carrier, service, element) whose status differs between two regimes, both decisions side by side;
     * {@code from} defaults to the rulebook's default regime.
     */
    @GetMapping("/diff")
    List<DutyDifference> diff(@RequestParam(required = false) String from,
                              @RequestParam String to,
                              @RequestParam(required = false) String carrier,
                              @RequestParam(required = false) String service) {
        return diff.diff(carrier, service, from, to);
    }
}
