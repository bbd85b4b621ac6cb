package demarc.queries.duty;

import java.util.List;

import demarc.model.decision.PathStep;

/**
 * One (carrier, service, element) whose Art 41 status differs between two regimes, with both decisions side by side:
 * status, exemptions, rule, citation and reasons of each.
 *
 * @param fromStatus {@code in-scope}, {@code exempt} or {@code not-applicable} under {@code fromRegime}
 * @param toStatus   the same under {@code toRegime}
 * @param path       how the service reaches the element
 */
public record DutyDifference(
        String carrier,
        String service,
        String element,
        String elementKind,
        String owner,
        boolean thirdParty,
        String fromRegime,
        String fromStatus,
        List<String> fromExemptions,
        String fromRule,
        String fromCitation,
        List<String> fromReasons,
        String toRegime,
        String toStatus,
        List<String> toExemptions,
        String toRule,
        String toCitation,
        List<String> toReasons,
        List<PathStep> path) {
}
