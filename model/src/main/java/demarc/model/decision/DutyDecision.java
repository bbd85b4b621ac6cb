package demarc.model.decision;

import java.util.List;

/**
 * The Art 41 decision for one (carrier, service, element used for the service).
 *
 * @param status      {@code in-scope}, {@code exempt} or {@code not-applicable}
 * @param thirdParty  the element is owned by a party other than the carrier (他者設備)
 * @param dutyBearer  the carrier that must keep the element conforming, or {@code null} when out of scope
 * @param exemptions  {@code item-2} and/or {@code item-3} (施行規則27条の2 二・三) when exempt
 * @param rule        the rulebook rule that decided, e.g. {@code jp-2024/core-function}
 * @param citation    the legal text that rule rests on
 * @param standards   the 設備規則 articles that apply when in scope
 * @param path        how the service reaches the element
 */
public record DutyDecision(
        String carrier,
        String service,
        String element,
        String elementKind,
        String owner,
        String operator,
        String status,
        boolean thirdParty,
        String dutyBearer,
        List<String> exemptions,
        String rule,
        String citation,
        String regime,
        List<String> reasons,
        List<String> standards,
        List<PathStep> path) {
}
