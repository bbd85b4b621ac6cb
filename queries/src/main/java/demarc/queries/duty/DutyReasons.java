package demarc.queries.duty;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import demarc.model.decision.PathStep;

import demarc.model.vocabulary.ServiceClass;
import demarc.model.vocabulary.WireValue;
import demarc.queries.rulebook.Regime;

/** The human-readable reasons of one duty decision, from the facts {@code duties.cypher} returns. */
final class DutyReasons {

    private final Regime regime;
    private final Record row;
    private final List<String> reasons = new ArrayList<>();
    private final String carrier;
    private final String service;
    private final String element;

    private DutyReasons(Regime regime, Record row) {
        this.regime = regime;
        this.row = row;
        this.carrier = row.get("carrier").asString();
        this.service = row.get("service").asString();
        this.element = row.get("element").asString();
    }

    static List<String> of(Regime regime, Record row, List<PathStep> path) {
        DutyReasons reasons = new DutyReasons(regime, row);
        reasons.usage(path);
        if (reasons.category()) {
            if (!reasons.ownLineOrSwitch()) {
                reasons.items();
            }
            reasons.dutyBearer();
        }
        return List.copyOf(reasons.reasons);
    }

    private boolean flag(String key) {
        return row.get(key).asBoolean();
    }

    private List<String> strings(String key) {
        return row.get(key).asList(Value::asString);
    }

    /** How the walk from the service brought the element in, when an operations element is on the way. */
    private void usage(List<PathStep> path) {
        for (int i = 1; i < path.size(); i++) {
            if ("managed-by".equals(path.get(i).via())) {
                reasons.add(path.get(i).id() + " manages " + path.get(i - 1).id()
                        + ", which " + service + " uses: an element is used for what it operates");
            }
        }
    }

    /** Rule 1; returns whether the carrier bears an Art 41 duty for this service at all. */
    private boolean category() {
        String category = row.get("category").asString(null);
        boolean lineInstalling = flag("lineInstalling");
        boolean largeImpact = flag("largeImpact");
        if (lineInstalling) {
            reasons.add(carrier + " is a " + category + " carrier → Art 41(1) applies to the facilities it uses");
        } else if (largeImpact) {
            reasons.add(carrier + " is " + (category == null ? "of no stated category" : category)
                    + " but designated " + regime.largeImpactDesignation().wire() + ", and " + service
                    + " is a designated service (" + designatedWhy() + ") → Art 41(4)(5) applies");
        } else {
            String designation = strings("designations").contains(regime.largeImpactDesignation().wire())
                    ? "designated " + regime.largeImpactDesignation().wire() + ", but " + service
                            + " is not a designated service (neither paid with at least "
                            + count(regime.designatedService().paidUsersThreshold())
                            + " users nor offered under " + prefixes() + " numbers)"
                    : "not designated " + regime.largeImpactDesignation().wire();
            reasons.add(carrier + " is " + (category == null ? "of no stated category" : category) + " and "
                    + designation + " → no Art 41 duty for " + element);
        }
        return lineInstalling || largeImpact;
    }

    /** Rule 2; returns whether it decided. */
    private boolean ownLineOrSwitch() {
        if (!flag("ownLineOrSwitch")) {
            return false;
        }
        List<String> hosts = strings("ownLineOrSwitchHosts");
        List<String> lineOrSwitch = strings("declaredRoles").stream()
                .filter(role -> regime.lineOrSwitchRoles().stream().anyMatch(r -> r.wire().equals(role))).toList();
        if (!lineOrSwitch.isEmpty()) {
            reasons.add(element + " is " + carrier + "'s own line or switch (declares "
                    + String.join(", ", lineOrSwitch) + ") → in scope whatever its function");
        } else {
            reasons.add(element + " is " + carrier + "'s resource that its own line or switch "
                    + String.join(", ", hosts) + " runs on (附属設備) → in scope whatever its function");
        }
        return true;
    }

    /** Rule 3 (and the proposal-2022 extension). */
    private void items() {
        String owner = row.get("owner").asString(null);
        if (flag("thirdParty")) {
            reasons.add(owner == null
                    ? element + " has no owner in the graph: it is not " + carrier + "'s own line or switch"
                    : element + " is owned by " + owner + " (" + row.get("ownerType").asString("no type")
                            + "), not by " + carrier + ": a third-party facility (他者設備)");
        } else {
            reasons.add(element + " is " + carrier + "'s own element but neither a line or switch nor what one runs on");
        }
        item2();
        roles();
        item3();
        extension();
    }

    private void item2() {
        String serviceClass = row.get("serviceClass").asString(null);
        var rule = serviceClass == null ? null : WireValue.fromWire(ServiceClass.class, serviceClass)
                .map(regime.serviceClasses()::get).orElse(null);
        List<String> why = new ArrayList<>();
        if (flag("item2Listed")) {
            why.add(rule != null && rule.voiceClass()
                    ? service + " is a voice-class service (" + serviceClass + ", " + rule.facilityClass() + ")"
                    : service + " is of a class 27条の2 二 lists (" + serviceClass + ")");
        }
        if (flag("designatedService")) {
            why.add(service + " is a designated service (" + designatedWhy() + ")");
        }
        if (!why.isEmpty()) {
            reasons.add(String.join("; ", why) + " → 27条の2 二 does not exclude it");
        } else {
            reasons.add(service + " (" + (serviceClass == null ? "no class" : serviceClass)
                    + ") is not of a voice class or broadband-universal, not paid with at least "
                    + count(regime.designatedService().paidUsersThreshold()) + " users and not offered under "
                    + prefixes() + " numbers → excluded by 27条の2 二 (exemption item-2)");
        }
    }

    private void roles() {
        for (Value inherited : row.get("inherited").asList(v -> v)) {
            List<String> from = inherited.get("from").asList(Value::asString);
            int more = inherited.get("count").asInt() - from.size();
            reasons.add(element + " inherits " + inherited.get("role").asString() + " from " + String.join(", ", from)
                    + (more > 0 ? " and " + count(more) + " more elements that require it" : ""));
        }
        if (row.get("keepsDeclaredRoles").asBoolean()) {
            reasons.add(element + " is a " + (flag("isFunction") ? "function" : row.get("elementKind").asString())
                    + ": it has only the roles it declares (" + listOrNone(strings("declaredRoles")) + ")");
        }
    }

    private void item3() {
        List<String> core = strings("coreRoles");
        if (!regime.itemThreeApplies()) {
            reasons.add("regime " + regime.id() + " has no 27条の2 三: " + element + "'s function does not matter");
        } else if (!core.isEmpty()) {
            reasons.add(element + " has the core function " + String.join(", ", core)
                    + " → 27条の2 三 does not exclude it");
        } else {
            reasons.add(element + " has no core function (roles: " + listOrNone(strings("effectiveRoles"))
                    + ") → excluded by 27条の2 三 (exemption item-3)");
        }
    }

    private void extension() {
        if (regime.extension().isEmpty() || !flag("extensionClass") || !flag("thirdParty")
                || (flag("item2") && flag("item3"))) {
            return;
        }
        String insufficient = String.join(", ", regime.extension().get().rolesNotSufficient().stream()
                .sorted().map(WireValue::wire).toList());
        String critical = flag("critical")
                ? element + " is critical for " + service + " (the service fails when it alone fails)"
                : element + " is not critical for " + service + ": the service survives its failure alone";
        String roles = strings("extensionRoles").isEmpty()
                ? element + " has no role beyond " + insufficient
                : element + " has a role beyond " + insufficient + ": " + String.join(", ", strings("extensionRoles"));
        reasons.add(critical + "; " + roles + (flag("extension")
                ? " → in scope under " + regime.rule("data-critical").id()
                : " → the data-service extension does not bring it in"));
    }

    /** Rule 4. */
    private void dutyBearer() {
        if (!"in-scope".equals(row.get("status").asString())) {
            return;
        }
        String owner = row.get("owner").asString(null);
        if (flag("thirdParty") && owner != null) {
            reasons.add("owned by " + owner + " (" + row.get("ownerType").asString("no type") + "), not by "
                    + carrier + ": the duty lies with " + carrier + ", the carrier that uses it, not with its owner");
        } else {
            reasons.add("the duty lies with " + carrier + ", the carrier that uses it");
        }
    }

    private String designatedWhy() {
        List<String> why = new ArrayList<>();
        long threshold = regime.designatedService().paidUsersThreshold();
        if (row.get("paid").asBoolean(false) && row.get("users").asLong(0) >= threshold) {
            why.add("paid, " + count(row.get("users").asLong()) + " users ≥ " + count(threshold));
        }
        if (regime.designatedService().mobileVoiceNumbers() && flag("mobileVoiceNumbers")) {
            why.add("offered under " + prefixes() + " numbers");
        }
        return String.join("; ", why);
    }

    private String prefixes() {
        return String.join("/", regime.designatedService().numberPrefixes());
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    private static String listOrNone(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }
}
