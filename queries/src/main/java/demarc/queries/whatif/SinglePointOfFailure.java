package demarc.queries.whatif;

import java.util.List;

/**
 * An element whose failure alone stops a service.
 *
 * @param service    the service
 * @param provider   the carrier that provides it
 * @param element    the element
 * @param kind       its kind
 * @param owner      the party that owns it
 * @param thirdParty whether the owner is not the provider
 * @param roles      its declared roles
 */
public record SinglePointOfFailure(String service, String provider, String element, String kind, String owner,
                                   boolean thirdParty, List<String> roles) {
}
