package demarc.queries.whatif;

import java.util.List;

/**
 * A service that fails in a what-if scenario, with the reports its outage may trigger.
 *
 * @param id                the service
 * @param serviceClass      its class word
 * @param users             its users (0 when not stated)
 * @param provider          the carrier that provides it
 * @param accidentClass     the 施行規則58条 class (the emergency variant when it carries emergency calls)
 * @param seriousAfterHours the shortest outage that is a serious accident, {@code null} when none is
 * @param routineAfterHours the shortest outage that reaches the routine-report floor (0 when its users do)
 * @param hours             the outage duration asked about, or {@code null}
 * @param serious           whether an outage of {@code hours} is a serious accident ({@code null} without hours)
 * @param routine           whether it is a routine accident and not serious ({@code null} without hours)
 * @param nearMissCandidate carrier users, prefectures and a failed element's declared roles meet 58条の2 一
 * @param reports           the report rules an outage of {@code hours} triggers (empty without hours)
 * @param failedBelow       the failed elements the service requires, directly or not
 * @param regime            the regime applied
 * @param rules             the rule ids applied
 * @param citations         their citations, in the order of {@code rules}
 * @param reasons           why, one line per test
 */
public record FailedService(String id, String serviceClass, long users, String provider, String accidentClass,
                            Double seriousAfterHours, double routineAfterHours, Double hours, Boolean serious,
                            Boolean routine, boolean nearMissCandidate, List<String> reports,
                            List<String> failedBelow, String regime, List<String> rules, List<String> citations,
                            List<String> reasons) {
}
