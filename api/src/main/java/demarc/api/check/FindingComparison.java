package demarc.api.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import demarc.api.check.DesignLocator.Location;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.queries.check.GraphEvaluation.Evaluation;
import demarc.queries.whatif.FailedService;
import demarc.queries.whatif.SinglePointOfFailure;

/**
 * Compares the decisions of a graph before and after a design was imported into it, and turns each difference that
 * touches a finding into a {@link Finding} located in the design.
 */
final class FindingComparison {

    static final String DUTY = "duty";
    static final String GAP = "gap";
    static final String SPOF = "spof";
    static final String EXPOSURE = "exposure";
    static final List<String> FAILING_KINDS = List.of(DUTY, GAP, SPOF);

    static final String ADDED = "added";
    static final String CHANGED = "changed";
    static final String REMOVED = "removed";
    static final String UNCHANGED = "unchanged";

    /** Demarcation statuses that are in order; every other status is a gap. */
    private static final Set<String> IN_ORDER = Set.of("ok", "not-a-demarcation");

    private final DesignLocator locator;
    private final List<Finding> findings = new ArrayList<>();

    private FindingComparison(DesignLocator locator) {
        this.locator = locator;
    }

    /** Duty, gap and spof findings, then the exposure of every service they concern or whose exposure changed. */
    static List<Finding> compare(Evaluation before, Evaluation after, DesignLocator locator) {
        FindingComparison comparison = new FindingComparison(locator);
        comparison.duties(before.duties(), after.duties());
        comparison.gaps(before.demarcations(), after.demarcations());
        comparison.spofs(before.spofs(), after.spofs());
        comparison.exposure(before.exposure(), after.exposure());
        return List.copyOf(comparison.findings);
    }

    private void duties(Map<String, DutyDecision> before, Map<String, DutyDecision> after) {
        differences(before, after, FindingComparison::thirdPartyInScope,
                d -> List.of(d.status(), d.thirdParty(), String.valueOf(d.dutyBearer()), d.exemptions(), d.rule(),
                        d.standards()),
                (key, b, a) -> {
                    DutyDecision d = a != null ? a : b;
                    Location at = locator.ofPath(d.element(), d.path());
                    String what = d.element() + " (" + d.elementKind() + ", owner " + d.owner() + ")";
                    String message = thirdPartyInScope(a)
                            ? what + " is a third-party facility (他者設備) of " + d.carrier() + " used for "
                            + d.service() + " and in scope of 41条: " + a.dutyBearer() + " bears the duty"
                            + (b != null ? " (was " + b.status() + ")" : "")
                            : what + " is no longer a third-party facility in scope for " + d.service()
                            + (a != null ? ": now " + a.status() : ": no longer used");
                    add(DUTY, b, a, thirdPartyInScope(a), key, d.service(), message, at, d.rule());
                });
    }

    private void gaps(Map<String, DemarcationDecision> before, Map<String, DemarcationDecision> after) {
        differences(before, after, FindingComparison::gap,
                d -> List.of(d.status(), String.valueOf(d.kind()), String.valueOf(d.point()),
                        String.valueOf(d.functionCheck()), d.between()),
                (key, b, a) -> {
                    DemarcationDecision d = a != null ? a : b;
                    Location at = locator.ofBoundary(d.connection(), d.between());
                    String what = (d.connection() != null ? "connection " + d.connection() + " (" + d.kind() + ")"
                            : "boundary") + " between " + String.join(" and ", nonNull(d.between()));
                    String message = gap(a)
                            ? what + ": " + a.status() + (b != null ? " (was " + b.status() + ")" : "")
                            : what + ": " + (a != null ? a.status() : "no longer a boundary")
                            + " (was " + b.status() + ")";
                    String service = d.services().isEmpty() ? null : d.services().get(0).service();
                    add(GAP, b, a, gap(a), key, service, message, at, d.rule());
                });
    }

    private void spofs(Map<String, SinglePointOfFailure> before, Map<String, SinglePointOfFailure> after) {
        differences(before, after, p -> p != null && p.thirdParty(),
                p -> List.of(p.thirdParty(), String.valueOf(p.owner())),
                (key, b, a) -> {
                    SinglePointOfFailure p = a != null ? a : b;
                    Location at = locator.ofElement(p.service(), p.element());
                    String what = p.element() + " (" + p.kind() + ", owner " + p.owner() + ")";
                    String message = a != null && a.thirdParty()
                            ? what + " alone stops " + p.service() + " of " + p.provider()
                            + ": a third-party single point of failure"
                            : what + " is no longer a third-party single point of failure of " + p.service();
                    add(SPOF, b, a, a != null && a.thirdParty(), key, p.service(), message, at, null);
                });
    }

    /** The services other findings concern, and every service whose class, users or serious-after hours changed. */
    private void exposure(Map<String, FailedService> before, Map<String, FailedService> after) {
        Map<String, Location> concerned = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.service() != null) {
                concerned.putIfAbsent(finding.service(), new Location(finding.file(), finding.line()));
            }
        }
        Set<String> services = new LinkedHashSet<>(concerned.keySet());
        Set<String> all = new LinkedHashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String service : all) {
            FailedService b = before.get(service);
            FailedService a = after.get(service);
            if (b == null || a == null || !Objects.equals(exposureOf(b), exposureOf(a))) {
                services.add(service);
            }
        }
        for (String service : services) {
            FailedService b = before.get(service);
            FailedService a = after.get(service);
            if (a == null && b == null) {
                continue;
            }
            String change = b == null ? ADDED : a == null ? REMOVED
                    : Objects.equals(exposureOf(b), exposureOf(a)) ? UNCHANGED : CHANGED;
            FailedService s = a != null ? a : b;
            String message = a == null ? service + " is no longer in the graph"
                    : service + " (" + a.serviceClass() + ", " + a.users() + " users): accident class "
                    + a.accidentClass() + ", " + seriousText(a)
                    + (CHANGED.equals(change) ? " (was " + b.accidentClass() + ", " + b.users() + " users, "
                    + seriousText(b) + ")" : "");
            Location at = locator.ofService(service, concerned.get(service));
            findings.add(new Finding(EXPOSURE, change, false, service, service, message, at.file(), at.line(),
                    s.rules().isEmpty() ? null : s.rules().get(0), b, a));
        }
    }

    private static List<Object> exposureOf(FailedService service) {
        return List.of(String.valueOf(service.accidentClass()), service.users(),
                String.valueOf(service.seriousAfterHours()));
    }

    private static String seriousText(FailedService service) {
        return service.seriousAfterHours() == null ? "no outage makes it a serious accident"
                : "a serious accident after " + hours(service.seriousAfterHours()) + " h of outage";
    }

    private static String hours(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    private void add(String kind, Object before, Object after, boolean open, String key, String service,
                     String message, Location at, String rule) {
        String change = before == null ? ADDED : after == null ? REMOVED : CHANGED;
        findings.add(new Finding(kind, change, open, key, service, message, at.file(), at.line(), rule, before,
                after));
    }

    /** What to do with a key whose decision is or was a finding and differs; {@code before}/{@code after} may be null. */
    @FunctionalInterface
    private interface Difference<D> {
        void report(String key, D before, D after);
    }

    /**
     * Reports each key that is a finding before or after and whose significant fields differ, in the order of the
     * after map, then the keys only the before map has.
     */
    private static <D> void differences(Map<String, D> before, Map<String, D> after, Predicate<D> isFinding,
                                        Function<D, Object> significant, Difference<D> difference) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            D b = before.get(key);
            D a = after.get(key);
            boolean wasFinding = b != null && isFinding.test(b);
            boolean isFindingNow = a != null && isFinding.test(a);
            if (!wasFinding && !isFindingNow) {
                continue;
            }
            if (wasFinding && isFindingNow && Objects.equals(significant.apply(b), significant.apply(a))) {
                continue;
            }
            difference.report(key, b, a);
        }
    }

    private static boolean thirdPartyInScope(DutyDecision decision) {
        return decision != null && decision.thirdParty() && "in-scope".equals(decision.status());
    }

    private static boolean gap(DemarcationDecision decision) {
        return decision != null && !IN_ORDER.contains(decision.status());
    }

    private static List<String> nonNull(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).toList();
    }
}
