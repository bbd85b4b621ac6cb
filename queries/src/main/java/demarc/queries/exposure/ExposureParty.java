package demarc.queries.exposure;

/**
 * A party behind an element that holds user information, and how it stands to it.
 *
 * @param party         the party's id
 * @param type          its type ({@code carrier}, {@code cloud}, {@code contractor}, …)
 * @param country       its own country, or {@code null} when not stated
 * @param relation      {@code owner}, {@code operator} (stated, not defaulted), {@code access} or {@code host-owner}
 * @param accessKind    for {@code access}: {@code operation}, {@code maintenance}, {@code remote-maintenance},
 *                      {@code storage}
 * @param accessCountry for {@code access}: the country the access is from, when stated
 * @param host          for {@code host-owner}: the nearest host of the element that the party owns
 */
public record ExposureParty(String party, String name, String type, String country, String relation,
                            String accessKind, String accessCountry, String host) {
}
