package demarc.queries.exposure;

import java.util.List;

/**
 * A country an element holding user information is in.
 *
 * @param country the country
 * @param via     the element, then the hosts down to the one that states the country (only the element itself when
 *                it states its own)
 */
public record ElementLocation(String country, List<String> via) {

    /** Whether the country is the element's own rather than a host's. */
    public boolean own() {
        return via.size() == 1;
    }
}
