package demarc.api.exposure;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.problem.NotFoundException;
import demarc.queries.exposure.ExposureQuery;
import demarc.queries.exposure.ExposureReport;
import demarc.queries.exposure.UnknownCarrierException;

/**
 * Where the user information of carriers' services is kept and who reaches it from abroad (電気通信事業法27条の5–
 * 27条の11): by default the carriers designated to publish a handling policy, on request any carrier.
 */
@RestController
@RequestMapping("/api/v1/exposure")
class ExposureController {

    private final ExposureQuery exposure;

    ExposureController(ExposureQuery exposure) {
        this.exposure = exposure;
    }

    /** {@code carrier} names one carrier, designated or not; {@code all=true} covers every carrier. */
    @GetMapping
    ExposureReport exposure(@RequestParam(required = false) String carrier,
                            @RequestParam(defaultValue = "false") boolean all,
                            @RequestParam(required = false) String regime) {
        try {
            return exposure.exposure(carrier, all, regime);
        } catch (UnknownCarrierException e) {
            throw new NotFoundException("carrier", e.carrier(), e.getMessage());
        }
    }
}
