package demarc.queries.lookup;

import java.util.List;
import java.util.Map;

import demarc.model.decision.PartyRef;

/** A service as stored: every property except the provenance ones, its provider and its requires entries. */
public record ServiceView(String id, Map<String, Object> properties, PartyRef provider, List<Requirement> requires,
                          Provenance provenance) {
}
