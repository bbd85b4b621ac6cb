package demarc.api.whatif;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import demarc.api.problem.NotFoundException;
import demarc.queries.whatif.SinglePointOfFailure;
import demarc.queries.whatif.SpofQuery;
import demarc.queries.whatif.UnknownIdException;
import demarc.queries.whatif.WhatIfQuery;
import demarc.queries.whatif.WhatIfResult;

/** What a failure stops and which accident reports it triggers (電気通信事業法28条), and single points of failure. */
@RestController
@RequestMapping("/api/v1")
class WhatIfController {

    /** The body of a what-if request: the failed ids, and optionally an outage duration and a regime. */
    record WhatIfRequest(List<String> failed, Double hours, String regime) {
    }

    private final WhatIfQuery whatIf;
    private final SpofQuery spof;

    WhatIfController(WhatIfQuery whatIf, SpofQuery spof) {
        this.whatIf = whatIf;
        this.spof = spof;
    }

    /** Unknown ids in the body are a bad request (400), not a missing resource. */
    @PostMapping("/whatif")
    WhatIfResult whatIf(@RequestBody WhatIfRequest request) {
        if (request.failed() == null || request.failed().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'failed' must list at least one id");
        }
        if (request.hours() != null && !(request.hours() >= 0)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'hours' must be 0 or more");
        }
        return whatIf.whatIf(request.failed(), request.hours(), request.regime());
    }

    @GetMapping("/spof/{service}")
    List<SinglePointOfFailure> spof(@PathVariable String service) {
        try {
            return spof.spof(service);
        } catch (UnknownIdException e) {
            throw new NotFoundException("service", service, e.getMessage());
        }
    }

    /** Failed ids the graph does not hold → 400, the ids in the member {@code ids}. */
    @ExceptionHandler
    ProblemDetail unknownIds(UnknownIdException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unknown ids");
        problem.setProperty("ids", e.ids());
        return problem;
    }
}
