package demarc.importer.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.UnstatedOwner;

/**
 * Instance data in the vocabularies of the corpus, NORIA-O (Orange) and Open-Multinet/OSCO (W3C OMN), mapped onto
 * the inventory as far as they say what the inventory needs (docs/formats/rdf.md has the tables). Neither
 * vocabulary says who installed a thing: owners are the placeholder party {@link #UNSTATED_OWNER}, reported as
 * unknown. Every other statement is counted in the coverage by class or property.
 */
final class CorpusVocabularies {

    static final String NORIA = "https://w3id.org/noria/ontology/";
    static final String NORIA_KOS = "https://w3id.org/noria/kos/";
    static final String SEAS = "https://w3id.org/seas/";
    static final String BOT = "https://w3id.org/bot#";
    static final String OMN = "https://github.com/w3c/omn/blob/master/omnlib/ontologies/";
    static final String OSCO = "http://opensdncore.org/ontology/";

    /**
     * Same id, name and type as the placeholder of the other translators (demarc.importer.format.UnstatedOwner on
     * the registry branch): a placement overlay or a later inventory replaces it.
     */
    static final String UNSTATED_OWNER = UnstatedOwner.ID;

    private static final int MAX_SCHEMA_DEPTH = 16;
    private static final List<Node> SCHEMA_TYPES = List.of(OWL.Ontology.asNode(), OWL.Class.asNode(),
            RDFS.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), RDF.Nodes.Property, OWL.Restriction.asNode(),
            OWL.AllDisjointClasses.asNode(), OWL.AllDifferent.asNode());

    private static final Node NORIA_RESOURCE = uri(NORIA + "Resource");
    private static final Node NORIA_LINK = uri(NORIA + "NetworkLink");
    private static final Node BOT_SITE = uri(BOT + "Site");
    private static final Node OSCO_CONTAINER = uri(OSCO + "ServiceContainer");
    private static final Node OMN_NODE = uri(OMN + "omn-resource#Node");
    private static final Node OMN_LINK = uri(OMN + "omn-resource#Link");

    private static final Node HOST_NAME = uri(NORIA + "resourceHostName");
    private static final Node RESOURCE_TYPE = uri(NORIA + "resourceType");
    private static final Node MANAGED_BY = uri(NORIA + "resourceManagedBy");
    private static final Node SUB_SYSTEM_OF = uri(SEAS + "subSystemOf");
    private static final Node LINK_ID = uri(NORIA + "networkLinkId");
    private static final Node LINK_END = uri(NORIA + "networkLinkTerminationResource");
    private static final Node HAS_ID = uri(OMN + "omn-lifecycle#hasID");
    private static final Node DEPLOYED_ON = uri(OSCO + "deployedOn");
    private static final Node OSCO_REQUIRES = uri(OSCO + "requires");
    private static final Node CLIENT_ID = uri(OMN + "omn-resource#clientId");

    /** NORIA-O resource types (its SKOS scheme) onto the inventory's lists and kinds. */
    private static final Map<String, Kind> NORIA_TYPES = Map.of(
            NORIA_KOS + "Resource/type/network-element", new Kind("functions", "pnf", List.of()),
            NORIA_KOS + "Resource/type/server", new Kind("resources", "server", List.of()),
            NORIA_KOS + "Resource/type/rack", new Kind("resources", "equipment", List.of()));
    private static final Kind NORIA_OTHER = new Kind("resources", "equipment", List.of());

    /** OSCO's network-function classes (IMS core and DNS) onto functions; CSCFs control, the HSS manages subscribers. */
    private static final Map<String, Kind> OSCO_FUNCTIONS = Map.of(
            OSCO + "pcscf", new Kind("functions", "vnf", List.of("control")),
            OSCO + "icscf", new Kind("functions", "vnf", List.of("control")),
            OSCO + "scscf", new Kind("functions", "vnf", List.of("control")),
            OSCO + "hss", new Kind("functions", "vnf", List.of("subscriber-management")),
            OSCO + "dns", new Kind("functions", "vnf", List.of()));

    private record Kind(String list, String kind, List<String> roles) {
    }

    /** One mapped subject: where it goes and the statements it consumed. */
    private static final class Entry {
        final Node subject;
        final String id;
        final Kind kind;
        final String className;
        String name;
        String operator;
        final List<Node> requires = new ArrayList<>();
        final Map<String, List<String>> attributes = new LinkedHashMap<>();

        Entry(Node subject, String id, Kind kind, String className) {
            this.subject = subject;
            this.id = id;
            this.kind = kind;
            this.className = className;
        }
    }

    private final ParsedRdf parsed;
    private final Graph graph;
    private final Map<Node, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Node> parties = new LinkedHashMap<>();
    private final Set<Triple> consumed = new HashSet<>();
    private final Set<String> usedIds = new HashSet<>();
    private final List<Coverage> coverage = new ArrayList<>();

    private CorpusVocabularies(ParsedRdf parsed) {
        this.parsed = parsed;
        this.graph = parsed.graph();
    }

    static InventoryGraph.Result translate(ParsedRdf parsed, String source) {
        return new CorpusVocabularies(parsed).run(source);
    }

    private InventoryGraph.Result run(String source) {
        for (Node subject : subjectsOf(NORIA_RESOURCE)) {
            Kind kind = graph.find(subject, RESOURCE_TYPE, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(Node::isURI).mapWith(type -> NORIA_TYPES.get(type.getURI())).toList().stream()
                    .filter(k -> k != null).findFirst().orElse(NORIA_OTHER);
            Entry entry = add(subject, kind, "noria:Resource");
            if (entry != null) {
                consumeAll(subject, RESOURCE_TYPE);
                entry.name = literal(subject, HOST_NAME).orElse(null);
                managedBy(entry, MANAGED_BY);
            }
        }
        for (Node subject : subjectsOf(NORIA_LINK)) {
            Entry entry = add(subject, new Kind("resources", "line", List.of("transmission")), "noria:NetworkLink");
            if (entry != null) {
                entry.name = literal(subject, LINK_ID).orElse(null);
                List<String> ends = new ArrayList<>();
                graph.find(subject, LINK_END, Node.ANY).forEach(t -> {
                    consumed.add(t);
                    ends.add(idFor(t.getObject()));
                });
                if (!ends.isEmpty()) {
                    entry.attributes.put("terminations", ends.stream().sorted().toList());
                }
            }
        }
        for (Node subject : subjectsOf(BOT_SITE)) {
            Entry entry = add(subject, new Kind("resources", "site", List.of()), "bot:Site");
            if (entry != null) {
                entry.name = literal(subject, RDFS.label.asNode()).orElse(null);
            }
        }
        for (Node subject : subjectsOf(OSCO_CONTAINER)) {
            Entry entry = add(subject, new Kind("resources", "vm", List.of()), "osco:ServiceContainer");
            if (entry != null) {
                entry.name = literal(subject, HAS_ID).orElse(null);
            }
        }
        for (Map.Entry<String, Kind> function : new TreeMap<>(OSCO_FUNCTIONS).entrySet()) {
            for (Node subject : subjectsOf(uri(function.getKey()))) {
                Entry entry = add(subject, function.getValue(), "osco:" + function.getKey().substring(OSCO.length()));
                if (entry != null) {
                    entry.name = literal(subject, HAS_ID).orElse(null);
                }
            }
        }
        for (Node subject : subjectsOf(OMN_NODE)) {
            Entry entry = add(subject, new Kind("resources", "server", List.of()), "omn-resource:Node");
            if (entry != null) {
                entry.name = literal(subject, RDFS.label.asNode()).orElse(null);
            }
        }
        for (Node subject : subjectsOf(OMN_LINK)) {
            Entry entry = add(subject, new Kind("resources", "line", List.of("transmission")), "omn-resource:Link");
            if (entry != null) {
                entry.name = literal(subject, CLIENT_ID).orElse(null);
            }
        }
        // dependencies, once every subject of the file has its id: only towards elements this file maps
        for (Entry entry : entries.values()) {
            for (Node property : List.of(SUB_SYSTEM_OF, DEPLOYED_ON, OSCO_REQUIRES)) {
                List<Triple> targets = graph.find(entry.subject, property, Node.ANY)
                        .filterKeep(t -> entries.containsKey(t.getObject())).toList();
                targets.sort(Comparator.comparing((Triple t) -> entries.get(t.getObject()).id));
                targets.forEach(t -> {
                    entry.requires.add(t.getObject());
                    consumed.add(t);
                });
            }
        }
        return new InventoryGraph.Result(tree(source), coverage());
    }

    private Entry add(Node subject, Kind kind, String className) {
        graph.find(subject, RDF.Nodes.type, Node.ANY).forEach(consumed::add);
        if (entries.containsKey(subject)) {
            return null;
        }
        Optional<String> stated = literal(subject, HAS_ID);
        if (subject.isBlank() && stated.isEmpty()) {
            return null;
        }
        String id = unique(stated.map(CorpusVocabularies::sanitized).orElseGet(() -> idFor(subject)));
        Entry entry = new Entry(subject, id, kind, className);
        entries.put(subject, entry);
        if (subject.isURI()) {
            entry.attributes.put("iri", List.of(subject.getURI()));
        }
        return entry;
    }

    private void managedBy(Entry entry, Node property) {
        graph.find(entry.subject, property, Node.ANY).forEach(t -> {
            if (entry.operator == null && !t.getObject().isLiteral()) {
                entry.operator = idFor(t.getObject());
                parties.putIfAbsent(entry.operator, t.getObject());
                consumed.add(t);
            }
        });
    }

    private List<Node> subjectsOf(Node type) {
        List<Node> subjects = new ArrayList<>(graph.find(Node.ANY, RDF.Nodes.type, type).mapWith(Triple::getSubject)
                .toList());
        subjects.sort(Comparator.comparingInt((Node n) -> parsed.line(n)).thenComparing((Node n) -> n.toString()));
        return subjects;
    }

    private Optional<String> literal(Node subject, Node property) {
        Optional<Triple> triple = graph.find(subject, property, Node.ANY).filterKeep(t -> t.getObject().isLiteral())
                .nextOptional();
        triple.ifPresent(consumed::add);
        return triple.map(t -> t.getObject().getLiteralLexicalForm());
    }

    private void consumeAll(Node subject, Node property) {
        graph.find(subject, property, Node.ANY).forEach(consumed::add);
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !usedIds.add(candidate); n++) {
            candidate = id + "_" + n;
        }
        return candidate;
    }

    /** The last segment of an IRI (after '#', '/' or ':'), with characters ids do not allow replaced by '_'. */
    static String idFor(Node node) {
        String text = node.isURI() ? node.getURI() : node.getBlankNodeLabel();
        String trimmed = text.replaceAll("[/#]+$", "");
        int cut = Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/'));
        if (cut < 0) {
            cut = trimmed.lastIndexOf(':');
        }
        return sanitized(trimmed.substring(cut + 1));
    }

    private static String sanitized(String text) {
        String id = text.replaceAll("[^A-Za-z0-9_.:-]", "_");
        return id.isEmpty() ? "_" : id.substring(0, Math.min(id.length(), 200));
    }

    private DocNode tree(String source) {
        List<Field> root = new ArrayList<>();
        root.add(new Field("inventory", 1, new ScalarNode(1, ScalarKind.INTEGER, "1")));
        root.add(new Field("source", 1, text(1, source)));
        List<DocNode> partyItems = new ArrayList<>();
        boolean unstated = !entries.isEmpty();
        if (unstated) {
            partyItems.add(UnstatedOwner.party(1));
        }
        parties.forEach((id, node) -> partyItems.add(party(parsed.line(node), id,
                node.isURI() ? node.getURI() : id)));
        if (!partyItems.isEmpty()) {
            root.add(new Field("parties", 1, new ListNode(1, partyItems)));
        }
        for (String list : List.of("functions", "resources")) {
            List<DocNode> items = entries.values().stream().filter(e -> e.kind.list().equals(list))
                    .map(this::element).toList();
            if (!items.isEmpty()) {
                root.add(new Field(list, items.get(0).line(), new ListNode(items.get(0).line(), items)));
            }
        }
        return new MapNode(1, root);
    }

    private static DocNode party(int line, String id, String name) {
        return new MapNode(line, List.of(new Field("id", line, text(line, id)), new Field("name", line, text(line, name)),
                new Field("type", line, text(line, "other"))));
    }

    private DocNode element(Entry entry) {
        int line = parsed.line(entry.subject);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("id", line, text(line, entry.id)));
        if (entry.name != null) {
            fields.add(new Field("name", line, text(line, entry.name)));
        }
        fields.add(new Field("kind", line, text(line, entry.kind.kind())));
        if (!entry.kind.roles().isEmpty()) {
            fields.add(new Field("roles", line, texts(line, entry.kind.roles())));
        }
        fields.add(new Field("owner", line, text(line, UNSTATED_OWNER)));
        if (entry.operator != null) {
            fields.add(new Field("operator", line, text(line, entry.operator)));
        }
        if (!entry.requires.isEmpty()) {
            fields.add(new Field("requires", line, texts(line,
                    entry.requires.stream().map(n -> entries.get(n).id).distinct().toList())));
        }
        List<Field> attributes = new ArrayList<>();
        entry.attributes.forEach((key, values) -> attributes.add(new Field(key, line,
                key.equals("iri") ? text(line, values.get(0)) : texts(line, values))));
        if (!attributes.isEmpty()) {
            fields.add(new Field("attributes", line, new MapNode(line, attributes)));
        }
        return new MapNode(line, fields);
    }

    private static ScalarNode text(int line, String text) {
        return new ScalarNode(line, ScalarKind.STRING, text);
    }

    private static ListNode texts(int line, List<String> texts) {
        return new ListNode(line, texts.stream().map(t -> (DocNode) text(line, t)).toList());
    }

    private List<Coverage> coverage() {
        List<Coverage> lines = new ArrayList<>();
        Map<String, List<Entry>> byClass = new LinkedHashMap<>();
        entries.values().forEach(e -> byClass.computeIfAbsent(e.className, c -> new ArrayList<>()).add(e));
        byClass.forEach((className, mapped) -> {
            Entry first = mapped.get(0);
            Map<String, Long> kinds = new TreeMap<>();
            mapped.forEach(e -> kinds.merge(e.kind.list() + " of kind " + e.kind.kind(), 1L, Long::sum));
            lines.add(new Coverage(parsed.line(first.subject), className, Outcome.MAPPED,
                    mapped.size() + " instance(s) onto " + kinds.entrySet().stream()
                            .map(k -> k.getValue() + " " + k.getKey()).toList()));
            lines.add(new Coverage(parsed.line(first.subject), className + " owner", Outcome.UNKNOWN,
                    mapped.size() + " instance(s) without an owner (the vocabulary has no installer/owner); owner is '"
                            + UNSTATED_OWNER + "' until an overlay or inventory names it"));
        });
        if (!parties.isEmpty()) {
            lines.add(new Coverage(0, "noria:resourceManagedBy", Outcome.MAPPED, parties.size()
                    + " managing team(s) onto parties of type other, as the operator of what they manage"));
        }
        lines.addAll(unmapped());
        return lines;
    }

    /** What no rule consumed: instances of unmapped classes by class, other statements by property. */
    private List<Coverage> unmapped() {
        Map<String, int[]> classes = new TreeMap<>();
        Map<String, int[]> properties = new TreeMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Set<Node> ontologies = new HashSet<>();
        graph.find(Node.ANY, RDF.Nodes.type, OWL.Ontology.asNode()).forEach(t -> ontologies.add(t.getSubject()));
        int schemaStatements = 0;
        for (Triple triple : graph.find().toList()) {
            if (consumed.contains(triple)) {
                continue;
            }
            if (isSchema(triple.getSubject())) {
                schemaStatements++;
                continue;
            }
            if (triple.getPredicate().equals(RDF.Nodes.type)) {
                String type = shortName(triple.getObject());
                classes.computeIfAbsent(type, k -> new int[1])[0]++;
                lines.putIfAbsent("class " + type, parsed.line(triple.getSubject()));
            } else {
                String property = shortName(triple.getPredicate());
                properties.computeIfAbsent(property, k -> new int[1])[0]++;
                lines.putIfAbsent("property " + property, parsed.line(triple.getSubject(), triple.getPredicate()));
            }
        }
        List<Coverage> skipped = new ArrayList<>();
        if (!ontologies.isEmpty() || schemaStatements > 0) {
            skipped.add(new Coverage(ontologies.isEmpty() ? 0 : parsed.line(ontologies.iterator().next()),
                    ontologies.stream().map(CorpusVocabularies::shortNameOf).sorted().findFirst().orElse("schema"),
                    Outcome.SKIPPED, schemaStatements + " statement(s) of ontology/schema (classes, properties,"
                    + " restrictions): a vocabulary, not inventory; nothing to map"));
        }
        classes.forEach((type, count) -> skipped.add(new Coverage(lines.get("class " + type), type, Outcome.SKIPPED,
                count[0] + " instance(s) of a class demarc does not map")));
        properties.forEach((property, count) -> skipped.add(new Coverage(lines.get("property " + property), property,
                Outcome.SKIPPED, count[0] + " statement(s) with a property demarc does not map")));
        if (entries.isEmpty() && skipped.isEmpty()) {
            skipped.add(new Coverage(0, "$", Outcome.SKIPPED, "no statements: nothing to map"));
        }
        return skipped;
    }

    /** Subjects that define vocabulary: ontology headers, classes, properties, and their anonymous parts. */
    private boolean isSchema(Node subject) {
        return isSchema(subject, 0);
    }

    private boolean isSchema(Node subject, int depth) {
        for (Node type : SCHEMA_TYPES) {
            if (graph.contains(subject, RDF.Nodes.type, type)) {
                return true;
            }
        }
        if (subject.isBlank()) {
            // anonymous restrictions and lists hang off a class or property; a few levels deep at most
            return depth < MAX_SCHEMA_DEPTH && graph.find(Node.ANY, Node.ANY, subject)
                    .filterKeep(t -> isSchema(t.getSubject(), depth + 1)).hasNext();
        }
        return graph.contains(subject, RDFS.subClassOf.asNode(), Node.ANY)
                || graph.contains(subject, RDFS.subPropertyOf.asNode(), Node.ANY);
    }

    private String shortName(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : "a blank node";
        }
        String abbreviated = parsed.prefixes().abbreviate(node.getURI());
        return abbreviated != null ? abbreviated : "<" + node.getURI() + ">";
    }

    private static String shortNameOf(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : "ontology";
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
