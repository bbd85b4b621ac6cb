package demarc.queries.lookup;

/** A party's access to an element ({@code HAS_ACCESS}): its kind and the country it is exercised from. */
public record AccessGrant(String element, String kind, String country) {
}
