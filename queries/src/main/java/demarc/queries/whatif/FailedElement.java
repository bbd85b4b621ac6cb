package demarc.queries.whatif;

import java.util.List;

/**
 * An element that fails in a what-if scenario.
 *
 * @param id        the element
 * @param kind      its kind (vnf, server, line, ...)
 * @param owner     the party that owns it
 * @param roles     its declared roles
 * @param initially whether it was among the failures asked about, rather than failing through requires
 */
public record FailedElement(String id, String kind, String owner, List<String> roles, boolean initially) {
}
