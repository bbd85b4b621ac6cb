package demarc.model.decision;

import java.util.List;

/**
 * A boundary between two parties' facilities and whether its demarcation point (分界点) is in order.
 *
 * @param connection    the declared connection's id, or {@code null} for a boundary found in the graph
 * @param kind          the connection kind, or {@code null} when undeclared
 * @param between       the two elements (or service and element) that meet
 * @param parties       the two parties that own them, in the order of {@code between}
 * @param point         the declared 分界点, or {@code null}
 * @param functionCheck the declared 機能確認 method, or {@code null}
 * @param status        {@code ok}, {@code missing-point}, {@code missing-function-check},
 *                      {@code undeclared-boundary} or {@code not-a-demarcation}
 * @param services      the services that cross the boundary, with their paths
 */
public record DemarcationDecision(
        String connection,
        String kind,
        List<String> between,
        List<PartyRef> parties,
        String point,
        String functionCheck,
        String status,
        String rule,
        String citation,
        String regime,
        List<String> reasons,
        List<CrossingService> services) {
}
