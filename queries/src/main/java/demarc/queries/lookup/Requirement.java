package demarc.queries.lookup;

/**
 * One {@code REQUIRES} relationship as stored.
 *
 * @param slot       the index of the requires entry it belongs to, or {@code null} when the graph lacks it
 * @param anyOf      a member of an {@code anyOf} entry
 * @param connection the declared connection joining the two ends, or {@code null}
 */
public record Requirement(String id, Integer slot, boolean anyOf, String connection) {
}
