package demarc.queries.lookup;

import java.util.List;
import java.util.Map;

import demarc.model.decision.PartyRef;

/**
 * An element as stored.
 *
 * @param type       {@code function} or {@code resource}
 * @param properties every stored property except the provenance ones
 * @param operatorDefaulted the document named no operator and the owner stands in
 * @param requiredBy the services and elements that require it
 * @param sites      the site resources it is at
 */
public record ElementView(String id, String type, Map<String, Object> properties, PartyRef owner, PartyRef operator,
                          boolean operatorDefaulted, List<Requirement> requires, List<String> manages,
                          List<String> managedBy, List<String> requiredBy, List<String> sites,
                          Provenance provenance) {
}
