package demarc.queries.whatif;

import java.util.List;

import demarc.queries.rulebook.AccidentThreshold;

/**
 * The accident tests of a regime applied to one outage; the thresholds are the regime's rows, never constants.
 * Pure and database-free.
 */
public final class AccidentClassification {

    private AccidentClassification() {
    }

    /**
     * The shortest outage that makes a failure of a service with {@code users} users a serious accident
     * (施行規則58条②: any row whose duration and users are both reached), or {@code null} when no row's users are
     * reached.
     */
    public static Double seriousAfterHours(List<AccidentThreshold> rows, long users) {
        return rows.stream().filter(row -> users >= row.users()).map(AccidentThreshold::hours)
                .min(Double::compare).orElse(null);
    }

    /** Whether an outage of {@code hours} affecting {@code users} reaches some row of the class. */
    public static boolean serious(List<AccidentThreshold> rows, long users, double hours) {
        return rows.stream().anyMatch(row -> users >= row.users() && hours >= row.hours());
    }

    /** Whether the outage reaches the 報告規則7条の3 floor (hours or users) without being serious. */
    public static boolean routine(AccidentThreshold floor, List<AccidentThreshold> rows, long users, double hours) {
        return (users >= floor.users() || hours >= floor.hours()) && !serious(rows, users, hours);
    }
}
