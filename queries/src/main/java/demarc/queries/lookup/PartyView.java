package demarc.queries.lookup;

import java.util.List;
import java.util.Map;

/**
 * A party as stored: every property except the provenance ones, the services it provides, the elements it owns and
 * operates, and its access to elements.
 */
public record PartyView(String id, Map<String, Object> properties, List<String> services, List<String> owns,
                        List<String> operates, List<AccessGrant> access, Provenance provenance) {
}
