package demarc.queries.rulebook;

/** One line of the 施行規則58条② table: an outage of at least {@code hours} affecting at least {@code users}. */
public record AccidentThreshold(double hours, long users) {
}
