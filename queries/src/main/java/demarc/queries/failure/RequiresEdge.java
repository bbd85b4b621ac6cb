package demarc.queries.failure;

/**
 * One {@code REQUIRES} relationship: {@code from} needs {@code to} in its requires entry {@code slot}; members of
 * an anyOf entry share the slot and have {@code anyOf} set.
 */
public record RequiresEdge(String from, int slot, boolean anyOf, String to) {
}
