package demarc.queries.lookup;

/**
 * A service, element or party in one line: enough to find it, draw it in its layer and colour it by its party.
 *
 * @param type  {@code service}, {@code element} or {@code party}
 * @param kind  a service's class, an element's kind, a party's type
 * @param party a service's provider or an element's owner; {@code null} for a party
 */
public record NodeSummary(String type, String id, String name, String kind, String party) {
}
