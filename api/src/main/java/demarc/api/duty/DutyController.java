package demarc.api.duty;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import demarc.model.decision.DutyDecision;
import demarc.queries.duty.DutyQuery;

/** The Art 41 duty decisions (電気通信事業法 41条): one per carrier, service and element used for it. */
@RestController
@RequestMapping("/api/v1/duties")
class DutyController {

    private final DutyQuery duties;

    DutyController(DutyQuery duties) {
        this.duties = duties;
    }

    /** Filters are optional; the regime defaults to the rulebook's default regime. */
    @GetMapping
    List<DutyDecision> duties(@RequestParam(required = false) String carrier,
                              @RequestParam(required = false) String service,
                              @RequestParam(required = false) String regime) {
        return duties.duties(carrier, service, regime);
    }
}
