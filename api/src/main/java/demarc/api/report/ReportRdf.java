package demarc.api.report;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import demarc.model.decision.ChainNode;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.model.decision.PartyRef;
import demarc.model.decision.PathStep;
import demarc.queries.exposure.CarrierExposure;
import demarc.queries.provenance.InventorySource;

/**
 * The report as RDF: the decision vocabulary ({@code decisions.ttl}, extending the inventory vocabulary) for the
 * decisions and chains, PROV-O for where each came from. Every decision and chain is a {@code prov:Entity}
 * {@code prov:wasGeneratedBy} one decision activity (which {@code prov:used} the regime and the sources), with the
 * report's {@code prov:generatedAtTime}, and {@code prov:wasDerivedFrom} each inventory source that defines an
 * entry it names. The report itself is a {@code prov:Collection} of them carrying the content hash.
 */
final class ReportRdf {

    static final String NS = "https://demarc.example/ns#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String BASE = "https://demarc.example/";
    static final String ID = BASE + "id/";

    private final Model model = ModelFactory.createDefaultModel();
    private final CarrierReport report;
    private final Resource activity;
    private final Literal generatedAt;

    private ReportRdf(CarrierReport report) {
        this.report = report;
        model.setNsPrefix("demarc", NS);
        model.setNsPrefix("prov", PROV);
        model.setNsPrefix("id", ID);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        this.generatedAt = model.createTypedLiteral(report.generatedAt().toString(), XSDDatatype.XSDdateTime);
        this.activity = model.createResource(reportIri() + "/activity/" + report.generatedAt().toEpochSecond());
    }

    /** The report in {@code format}: {@link ReportFormat#TTL} or {@link ReportFormat#JSONLD}. */
    static byte[] render(CarrierReport report, ReportFormat format) {
        Model model = new ReportRdf(report).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, switch (format) {
            case TTL -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11_PRETTY;
            default -> throw new IllegalArgumentException(format.wire() + " is not an RDF format");
        });
        return out.toByteArray();
    }

    private Model build() {
        Resource regime = regime();
        activity.addProperty(RDF.type, term("DecisionActivity"))
                .addProperty(RDF.type, prov("Activity"))
                .addProperty(RDFS.label, "demarc decisions for " + report.carrier() + " under " + report.regime().id())
                .addProperty(prov("used"), regime)
                .addProperty(prov("startedAtTime"), generatedAt)
                .addProperty(prov("endedAtTime"), generatedAt)
                .addProperty(prov("wasAssociatedWith"), model.createResource(BASE + "agent/demarc")
                        .addProperty(RDF.type, prov("SoftwareAgent")).addProperty(RDFS.label, "demarc"));
        for (InventorySource source : report.sources()) {
            activity.addProperty(prov("used"), source(source));
        }
        Resource collection = model.createResource(reportIri())
                .addProperty(RDF.type, term("CarrierReport"))
                .addProperty(term("reportedCarrier"), entry(report.carrier()))
                .addProperty(term("regime"), regime)
                .addProperty(term("contentHash"), report.contentHash().value())
                .addProperty(term("contentHashCovers"), report.contentHash().covers());
        decided(collection, report.sources().stream().map(InventorySource::id).toList());
        for (DutyDecision duty : report.duties()) {
            collection.addProperty(prov("hadMember"), duty(duty, regime));
        }
        for (DemarcationDecision boundary : report.demarcations()) {
            collection.addProperty(prov("hadMember"), demarcation(boundary, regime));
        }
        collection.addProperty(prov("hadMember"), exposure(report.exposure(), regime));
        for (ChainNode tree : report.chains()) {
            collection.addProperty(prov("hadMember"), chain(tree));
        }
        return model;
    }

    private Resource duty(DutyDecision duty, Resource regime) {
        Resource decision = model.createResource(decisionIri("duty", duty.carrier(), duty.service(), duty.element()))
                .addProperty(RDF.type, term("DutyDecision"))
                .addProperty(term("decidedCarrier"), entry(duty.carrier()))
                .addProperty(term("decidedService"), entry(duty.service()))
                .addProperty(term("decidedElement"), entry(duty.element()))
                .addLiteral(term("thirdParty"), duty.thirdParty());
        if (duty.dutyBearer() != null) {
            decision.addProperty(term("dutyBearer"), entry(duty.dutyBearer()));
        }
        strings(decision, "exemption", duty.exemptions());
        strings(decision, "standard", duty.standards());
        common(decision, duty.status(), duty.rule(), duty.citation(), regime, duty.reasons(), duty.path());
        decided(decision, sourcesOf(duty.carrier(), duty.service(), duty.element(), duty.owner(), duty.operator()));
        return decision;
    }

    private Resource demarcation(DemarcationDecision boundary, Resource regime) {
        String key = boundary.connection() != null ? boundary.connection() : String.join("--", boundary.between());
        Resource decision = model.createResource(decisionIri("demarcation", report.carrier(), key))
                .addProperty(RDF.type, term("DemarcationDecision"))
                .addProperty(term("decidedCarrier"), entry(report.carrier()));
        List<String> ids = new ArrayList<>(boundary.between());
        if (boundary.connection() != null) {
            decision.addProperty(term("decidedConnection"), entry(boundary.connection()));
            ids.add(boundary.connection());
        }
        boundary.between().forEach(id -> decision.addProperty(term("decidedBetween"), entry(id)));
        boundary.parties().stream().filter(Objects::nonNull).map(PartyRef::id).forEach(id -> {
            decision.addProperty(term("boundaryParty"), entry(id));
            ids.add(id);
        });
        optional(decision, "declaredPoint", boundary.point());
        optional(decision, "declaredFunctionCheck", boundary.functionCheck());
        common(decision, boundary.status(), boundary.rule(), boundary.citation(), regime, boundary.reasons(), null);
        decided(decision, sourcesOf(ids.toArray(String[]::new)));
        return decision;
    }

    private Resource exposure(CarrierExposure exposure, Resource regime) {
        Resource decision = model.createResource(decisionIri("exposure", exposure.carrier()))
                .addProperty(RDF.type, term("ExposureDecision"))
                .addProperty(term("decidedCarrier"), entry(exposure.carrier()))
                .addLiteral(term("designated"), exposure.designated());
        strings(decision, "storedAbroad", exposure.storedAbroad());
        strings(decision, "foreignPartyCountry", exposure.foreignParties());
        exposure.unlocatedThirdParties().forEach(p -> decision.addProperty(term("unlocatedThirdParty"), entry(p)));
        common(decision, exposure.designated() ? "designated" : "not-designated", exposure.rule(),
                exposure.citation(), regime, exposure.reasons(), null);
        List<String> ids = new ArrayList<>(List.of(exposure.carrier()));
        exposure.elements().forEach(e -> ids.add(e.element()));
        decided(decision, sourcesOf(ids.toArray(String[]::new)));
        return decision;
    }

    private Resource chain(ChainNode root) {
        Resource chain = model.createResource(BASE + "chain/" + root.id())
                .addProperty(RDF.type, term("Chain"))
                .addProperty(term("chainRoot"), entry(root.id()));
        Set<String> ids = new LinkedHashSet<>();
        steps(chain, root, null, 0, ids);
        decided(chain, sourcesOf(ids.toArray(String[]::new)));
        return chain;
    }

    private void steps(Resource chain, ChainNode node, String parent, int depth, Set<String> ids) {
        ids.add(node.id());
        Resource step = model.createResource().addProperty(RDF.type, term("ChainStep"))
                .addProperty(term("stepEntry"), entry(node.id()))
                .addLiteral(term("depth"), model.createTypedLiteral(depth, XSDDatatype.XSDinteger));
        if (parent != null) {
            step.addProperty(term("stepParent"), entry(parent));
        }
        optional(step, "via", node.via());
        optional(step, "boundary", node.boundary());
        if (node.anyOfGroup() != null) {
            step.addLiteral(term("anyOfGroup"), model.createTypedLiteral(node.anyOfGroup(), XSDDatatype.XSDinteger));
        }
        chain.addProperty(term("step"), step);
        if (node.children() != null) {
            for (ChainNode child : node.children()) {
                steps(chain, child, node.id(), depth + 1, ids);
            }
        }
    }

    /** Status, rule, citation, regime, reasons and path, which every decision has. */
    private void common(Resource decision, String status, String rule, String citation, Resource regime,
                        List<String> reasons, List<PathStep> path) {
        optional(decision, "status", status);
        optional(decision, "rule", rule);
        optional(decision, "citation", citation);
        decision.addProperty(term("regime"), regime);
        strings(decision, "reason", reasons);
        if (path != null && !path.isEmpty()) {
            List<RDFNode> entries = path.stream().map(step -> (RDFNode) entry(step.id())).toList();
            decision.addProperty(term("path"), model.createList(entries.iterator()));
        }
    }

    /** The PROV-O triples of a decision: generated by the activity, at the report's time, from these sources. */
    private void decided(Resource entity, Collection<String> sources) {
        entity.addProperty(RDF.type, prov("Entity"))
                .addProperty(prov("wasGeneratedBy"), activity)
                .addProperty(prov("generatedAtTime"), generatedAt);
        for (String source : sources) {
            entity.addProperty(prov("wasDerivedFrom"), model.createResource(sourceIri(source)));
        }
    }

    private Set<String> sourcesOf(String... ids) {
        Set<String> sources = new LinkedHashSet<>();
        for (String id : ids) {
            if (id != null) {
                sources.addAll(report.derivedFrom().getOrDefault(id, List.of()));
            }
        }
        return sources;
    }

    private Resource regime() {
        CarrierReport.RegimeRef regime = report.regime();
        Resource resource = model.createResource(BASE + "regime/" + regime.id())
                .addProperty(RDF.type, term("Regime"))
                .addProperty(RDF.type, prov("Entity"))
                .addProperty(RDFS.label, regime.title());
        optional(resource, "regimeStatus", regime.status());
        if (regime.version() != null) {
            resource.addProperty(OWL.versionInfo, regime.version());
        }
        if (regime.inForceFrom() != null) {
            resource.addLiteral(term("inForceFrom"),
                    model.createTypedLiteral(regime.inForceFrom().toString(), XSDDatatype.XSDdate));
        }
        if (regime.inForceTo() != null) {
            resource.addLiteral(term("inForceTo"),
                    model.createTypedLiteral(regime.inForceTo().toString(), XSDDatatype.XSDdate));
        }
        return resource;
    }

    /** A source as the inventory vocabulary's document ({@code demarc:Inventory}) and a PROV entity. */
    private Resource source(InventorySource source) {
        Resource resource = model.createResource(sourceIri(source.id()))
                .addProperty(RDF.type, term("Inventory"))
                .addProperty(RDF.type, prov("Entity"))
                .addProperty(term("source"), source.id());
        if (source.asOf() != null) {
            resource.addLiteral(term("asOf"), model.createTypedLiteral(source.asOf().toString(), XSDDatatype.XSDdate));
        }
        optional(resource, "file", source.file());
        optional(resource, "documentHash", source.hash());
        if (source.importedAt() != null) {
            resource.addLiteral(term("importedAt"),
                    model.createTypedLiteral(source.importedAt().toString(), XSDDatatype.XSDdateTime));
        }
        return resource;
    }

    private void optional(Resource subject, String property, String value) {
        if (value != null) {
            subject.addProperty(term(property), value);
        }
    }

    private void strings(Resource subject, String property, List<String> values) {
        if (values != null) {
            values.forEach(value -> subject.addProperty(term(property), value));
        }
    }

    private String reportIri() {
        return BASE + "report/" + report.carrier() + "/" + report.regime().id() + "/" + report.contentHash().value();
    }

    private String decisionIri(String kind, String... keys) {
        return BASE + "decision/" + report.regime().id() + "/" + kind + "/" + String.join("/", keys);
    }

    /** Source ids are free text in a document, unlike entry ids: encoded as one path segment. */
    static String sourceIri(String source) {
        return BASE + "source/" + URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Resource entry(String id) {
        return model.createResource(ID + id);
    }

    private Property term(String localName) {
        return model.createProperty(NS, localName);
    }

    private Property prov(String localName) {
        return model.createProperty(PROV, localName);
    }
}
