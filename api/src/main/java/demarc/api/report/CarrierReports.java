package demarc.api.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import demarc.model.decision.ChainNode;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.model.decision.PartyRef;
import demarc.model.gate.GraphGate;
import demarc.queries.chain.ChainQuery;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.exposure.CarrierExposure;
import demarc.queries.exposure.ExposureQuery;
import demarc.queries.exposure.UserInfoElement;
import demarc.queries.provenance.InventorySource;
import demarc.queries.provenance.ProvenanceQuery;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Builds a carrier's evidence report from the decision queries and the provenance of the graph. */
public final class CarrierReports {

    /** What the content hash is computed over, as the report states it. */
    static final String HASH_COVERS = "the canonical JSON (UTF-8, object keys sorted, no white space) of: the "
            + "carrier id, the regime id and version, each inventory source's id, asOf and document SHA-256, the "
            + "duties, demarcations, exposure and chains exactly as in this report, and derivedFrom; not "
            + "generatedAt, not the sources' file names or import times, so re-importing the same documents keeps "
            + "the hash";

    private final DutyQuery duties;
    private final DemarcationQuery demarcations;
    private final ExposureQuery exposure;
    private final ChainQuery chains;
    private final ProvenanceQuery provenance;
    private final GraphGate gate;
    private final Regimes regimes;
    private final JsonMapper canonical;
    private final Clock clock;

    public CarrierReports(DutyQuery duties, DemarcationQuery demarcations, ExposureQuery exposure, ChainQuery chains,
                          ProvenanceQuery provenance, GraphGate gate, Regimes regimes, JsonMapper json,
                          Clock clock) {
        this.duties = duties;
        this.demarcations = demarcations;
        this.exposure = exposure;
        this.chains = chains;
        this.provenance = provenance;
        this.gate = gate;
        this.regimes = regimes;
        this.canonical = json.rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
        this.clock = clock;
    }

    /**
     * The report of {@code carrier} under {@code regimeOrNull} (the default regime when {@code null}).
     *
     * @throws demarc.queries.exposure.UnknownCarrierException when the graph has no carrier of that id
     * @throws demarc.queries.rulebook.UnknownRegimeException  when the regime is not in the rulebook
     */
    public CarrierReport report(String carrier, String regimeOrNull) {
        Regime regime = regimes.getOrDefault(regimeOrNull);
        // the queries behind one report, and its content hash, are of one state of the graph
        return gate.read(() -> read(carrier, regime));
    }

    private CarrierReport read(String carrier, Regime regime) {
        CarrierExposure carrierExposure = exposure.exposure(carrier, false, regime.id()).carriers().stream()
                .filter(c -> c.carrier().equals(carrier)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the exposure report left out carrier " + carrier));
        List<DutyDecision> carrierDuties = duties.duties(carrier, null, regime.id());
        List<DemarcationDecision> boundaries = demarcations.demarcations(carrier, regime.id());
        List<ChainNode> trees = carrierDuties.stream().map(DutyDecision::service).distinct()
                .map(chains::chain).flatMap(java.util.Optional::stream).map(chain -> chain.down()).toList();
        Set<String> ids = factIds(carrier, carrierDuties, boundaries, carrierExposure);
        Map<String, List<String>> derivedFrom = new TreeMap<>(provenance.sourcesOf(ids));
        List<InventorySource> sources = provenance.sources(ids);
        CarrierReport.RegimeRef regimeRef = new CarrierReport.RegimeRef(regime.id(), regime.title(), regime.version(),
                regime.status(), regime.inForceFrom(), regime.inForceTo());
        CarrierReport.ContentHash hash = hash(new HashedFacts(carrier, regime.id(), regime.version(),
                sources.stream().map(s -> new HashedSource(s.id(), s.asOf(), s.hash())).toList(),
                carrierDuties, boundaries, carrierExposure, trees, derivedFrom));
        return new CarrierReport(carrier, carrierExposure.name(), regimeRef,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), hash, sources, carrierDuties, boundaries,
                carrierExposure, trees, derivedFrom);
    }

    /** Every party, service, element and connection a fact of the report names. */
    private static Set<String> factIds(String carrier, List<DutyDecision> duties, List<DemarcationDecision> boundaries,
                                       CarrierExposure exposure) {
        Set<String> ids = new TreeSet<>();
        ids.add(carrier);
        for (DutyDecision duty : duties) {
            Stream.of(duty.service(), duty.element(), duty.owner(), duty.operator()).filter(Objects::nonNull)
                    .forEach(ids::add);
        }
        for (DemarcationDecision boundary : boundaries) {
            if (boundary.connection() != null) {
                ids.add(boundary.connection());
            }
            ids.addAll(boundary.between());
            boundary.parties().stream().filter(Objects::nonNull).map(PartyRef::id).forEach(ids::add);
        }
        for (UserInfoElement element : exposure.elements()) {
            ids.add(element.element());
            ids.addAll(element.services());
        }
        return ids;
    }

    private CarrierReport.ContentHash hash(HashedFacts facts) {
        byte[] canonicalJson = canonical.writeValueAsString(facts).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson);
            return new CarrierReport.ContentHash("SHA-256", HexFormat.of().formatHex(digest), HASH_COVERS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What the content hash covers ({@link #HASH_COVERS}). */
    record HashedFacts(String carrier, String regime, String regimeVersion, List<HashedSource> sources,
                       List<DutyDecision> duties, List<DemarcationDecision> demarcations, CarrierExposure exposure,
                       List<ChainNode> chains, Map<String, List<String>> derivedFrom) {
    }

    /** A source as hashed: its identity and its document's hash, not when or from where it was imported. */
    record HashedSource(String id, LocalDate asOf, String hash) {
    }
}
