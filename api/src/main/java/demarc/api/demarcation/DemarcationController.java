package demarc.api.demarcation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import demarc.model.decision.DemarcationDecision;
import demarc.queries.demarcation.DemarcationQuery;

/** Every boundary between two parties' facilities and whether its demarcation point (分界点) is in order. */
@RestController
@RequestMapping("/api/v1/demarcations")
class DemarcationController {

    private final DemarcationQuery demarcations;

    DemarcationController(DemarcationQuery demarcations) {
        this.demarcations = demarcations;
    }

    @GetMapping
    List<DemarcationDecision> demarcations(@RequestParam(required = false) String carrier,
                                           @RequestParam(required = false) String regime) {
        return demarcations.demarcations(carrier, regime);
    }
}
