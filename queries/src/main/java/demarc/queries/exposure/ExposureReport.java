package demarc.queries.exposure;

import java.util.List;

/** The exposure report: one entry per carrier covered, sorted by carrier id. */
public record ExposureReport(String regime, List<CarrierExposure> carriers) {
}
