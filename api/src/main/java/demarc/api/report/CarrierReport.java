package demarc.api.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import demarc.model.decision.ChainNode;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.queries.exposure.CarrierExposure;
import demarc.queries.provenance.InventorySource;

/**
 * The evidence a carrier files about one regime: what demarc decided and what it decided it from.
 *
 * @param carrier      the carrier's id
 * @param carrierName  its name, or {@code null} when the inventory gives none
 * @param regime       the rulebook regime applied
 * @param generatedAt  when the report was made (not covered by the content hash)
 * @param contentHash  the SHA-256 of the facts, stable while the graph is unchanged
 * @param sources      the inventory documents that define the parties, services, elements and connections below
 * @param duties       the Art 41 decision for each of the carrier's services and each element used for it
 * @param demarcations the boundaries the carrier is a party to
 * @param exposure     the carrier's user-information exposure and handling-policy lists
 * @param chains       the dependency tree below each of the carrier's services that uses an element
 * @param derivedFrom  for each party, service, element and connection named above, the sources that define it
 */
public record CarrierReport(String carrier, String carrierName, RegimeRef regime, OffsetDateTime generatedAt,
                            ContentHash contentHash, List<InventorySource> sources, List<DutyDecision> duties,
                            List<DemarcationDecision> demarcations, CarrierExposure exposure, List<ChainNode> chains,
                            Map<String, List<String>> derivedFrom) {

    /** The regime as the report names it: enough to find the rulebook file and its text. */
    public record RegimeRef(String id, String title, String version, String status, LocalDate inForceFrom,
                            LocalDate inForceTo) {
    }

    /**
     * A hash of the report's facts.
     *
     * @param algorithm {@code SHA-256}
     * @param value     lowercase hex
     * @param covers    what was hashed, in words
     */
    public record ContentHash(String algorithm, String value, String covers) {
    }
}
