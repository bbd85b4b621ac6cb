package demarc.api.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import demarc.model.decision.DutyDecision;

/**
 * How a carrier's duty decisions fall out: the first thing a reviewer wants to see of a network.
 *
 * @param thirdPartyInScope in-scope decisions on elements the carrier does not own (他者設備)
 */
public record DutyCount(String carrier, int decisions, int inScope, int exempt, int notApplicable,
                        int thirdPartyInScope) {

    /** One row per carrier, sorted by carrier id. */
    public static List<DutyCount> perCarrier(List<DutyDecision> duties) {
        Map<String, int[]> counts = new TreeMap<>();
        for (DutyDecision duty : duties) {
            int[] count = counts.computeIfAbsent(duty.carrier(), carrier -> new int[5]);
            count[0]++;
            switch (duty.status()) {
                case "in-scope" -> {
                    count[1]++;
                    if (duty.thirdParty()) {
                        count[4]++;
                    }
                }
                case "exempt" -> count[2]++;
                case "not-applicable" -> count[3]++;
                default -> throw new IllegalArgumentException("unknown duty status '" + duty.status() + "'");
            }
        }
        return counts.entrySet().stream()
                .map(e -> new DutyCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3], e.getValue()[4]))
                .toList();
    }
}
