package demarc.importer.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.JsonTreeReader;
import demarc.importer.document.TreePaths;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.TranslationException;
import demarc.importer.rdf.DemarcTerms.Section;
import demarc.importer.rdf.DemarcTerms.Shape;

/**
 * An inventory document written in the demarc vocabulary (any RDF syntax, or the JSON form with the project's
 * @context): validated with the SHACL shapes, then turned into the inventory tree of inventory-format.md with
 * each entry at the line of its subject's first triple.
 */
final class InventoryGraph {

    /** Inventory blocks nest two deep; a deeper (or cyclic) chain of blank nodes is named by the node itself. */
    private static final int MAX_PATH_DEPTH = 8;
    private static final Shapes SHAPES = Shapes.parse(load(DemarcTerms.SHAPES_RESOURCE));
    private static final Set<Node> VOCABULARY_PROPERTIES = vocabularyProperties();

    private final ParsedRdf parsed;
    private final Graph data;
    private final Node document;

    private InventoryGraph(ParsedRdf parsed, Node document) {
        this.parsed = parsed;
        this.document = document;
        this.data = typed(parsed.graph(), document);
    }

    static boolean isInventory(Graph graph) {
        return graph.contains(Node.ANY, DemarcTerms.FORMAT_VERSION, Node.ANY);
    }

    static Result translate(ParsedRdf parsed) throws TranslationException {
        List<Node> documents = parsed.graph().find(Node.ANY, DemarcTerms.FORMAT_VERSION, Node.ANY)
                .mapWith(Triple::getSubject).toList().stream().distinct().toList();
        if (documents.size() > 1) {
            throw new TranslationException(List.of(new DocumentProblem(parsed.line(documents.get(1)), TreePaths.ROOT,
                    "expected one inventory document per file, found " + documents.size()
                            + " subjects of demarc:formatVersion")));
        }
        InventoryGraph inventory = new InventoryGraph(parsed, documents.get(0));
        List<DocumentProblem> problems = new ArrayList<>(inventory.unknownTerms());
        problems.addAll(inventory.violations());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(DocumentProblem::line).thenComparing(DocumentProblem::path));
            throw new TranslationException(problems);
        }
        return inventory.tree();
    }

    record Result(DocNode tree, List<Coverage> coverage) {
    }

    /** The parsed graph plus the class each entry takes from the list that names it (the properties' ranges). */
    private static Graph typed(Graph graph, Node document) {
        Graph data = GraphFactory.createDefaultGraph();
        graph.find().forEach(data::add);
        for (Section section : DemarcTerms.SECTIONS) {
            graph.find(document, section.property(), Node.ANY)
                    .forEach(t -> data.add(Triple.create(t.getObject(), RDF.Nodes.type, section.type())));
        }
        graph.find(Node.ANY, DemarcTerms.ANY_OF, Node.ANY)
                .forEach(t -> data.add(Triple.create(t.getSubject(), RDF.Nodes.type, DemarcTerms.ANY_OF_CLASS)));
        return data;
    }

    /** Properties in the demarc namespace that the vocabulary does not define: the RDF form of an unknown field. */
    private List<DocumentProblem> unknownTerms() {
        List<DocumentProblem> problems = new ArrayList<>();
        parsed.graph().find().forEach(t -> {
            Node p = t.getPredicate();
            if (p.getURI().startsWith(DemarcTerms.NS) && !VOCABULARY_PROPERTIES.contains(p)) {
                problems.add(new DocumentProblem(parsed.line(t.getSubject(), p), pathOf(t.getSubject()),
                        "unknown property <" + p.getURI() + "> (not in the demarc vocabulary)"));
            }
        });
        return problems;
    }

    private List<DocumentProblem> violations() {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
        List<DocumentProblem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node focus = entry.focusNode();
            Node predicate = entry.resultPath() instanceof P_Link link ? link.getNode()
                    : entry.resultPath() != null ? DemarcTerms.REQUIRES : null;
            String path = predicate == null ? pathOf(focus) : TreePaths.key(pathOf(focus), DemarcTerms.keyOf(predicate));
            int line = predicate == null ? parsed.line(focus) : parsed.line(focus, predicate);
            String message = entry.message() + (entry.value() == null ? "" : ", found " + shown(entry.value()));
            problems.add(new DocumentProblem(line, path, message));
        }
        return problems;
    }

    /** Where a node sits in the inventory tree: {@code functions[sk-ims]}, {@code parties[x].carrier}, else its IRI. */
    private String pathOf(Node node) {
        return pathOf(node, 0);
    }

    private String pathOf(Node node, int depth) {
        if (node.equals(document)) {
            return TreePaths.ROOT;
        }
        for (Section section : DemarcTerms.SECTIONS) {
            if (parsed.graph().contains(document, section.property(), node)) {
                return section.key() + "[" + DemarcTerms.idOf(node).orElse(shown(node)) + "]";
            }
        }
        Optional<Triple> parent = parsed.graph().find(Node.ANY, Node.ANY, node).nextOptional();
        if (parent.isPresent() && !parent.get().getSubject().equals(node) && depth < MAX_PATH_DEPTH) {
            Triple link = parent.get();
            if (link.getPredicate().equals(RDF.Nodes.first)) {
                return "requires[" + shown(node) + "]";
            }
            return TreePaths.key(pathOf(link.getSubject(), depth + 1), DemarcTerms.keyOf(link.getPredicate()));
        }
        return shown(node);
    }

    private static String shown(Node node) {
        if (node.isLiteral()) {
            return "'" + node.getLiteralLexicalForm() + "'";
        }
        Optional<String> id = DemarcTerms.idOf(node);
        if (id.isPresent()) {
            return "'" + id.get() + "'";
        }
        return node.isURI() ? "<" + node.getURI() + ">" : "a blank node";
    }

    private Result tree() throws TranslationException {
        List<DocumentProblem> problems = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        Set<Node> described = new HashSet<>();
        described.add(document);
        List<Field> root = new ArrayList<>();
        fields(document, DemarcTerms.DOCUMENT_FIELDS, root, described);
        for (Section section : DemarcTerms.SECTIONS) {
            List<Node> entries = parsed.graph().find(document, section.property(), Node.ANY)
                    .mapWith(Triple::getObject).toList();
            if (entries.isEmpty()) {
                continue;
            }
            entries.sort(Comparator.comparingInt((Node n) -> parsed.line(n)).thenComparing((Node n) -> n.toString()));
            List<DocNode> items = new ArrayList<>();
            for (Node entry : entries) {
                described.add(entry);
                List<Field> fields = new ArrayList<>();
                if (section.named()) {
                    Optional<String> id = DemarcTerms.idOf(entry);
                    if (id.isEmpty()) {
                        problems.add(new DocumentProblem(parsed.line(entry), section.key() + "[" + shown(entry) + "]",
                                "expected an entry IRI " + DemarcTerms.ID_BASE + "<id>, found " + shown(entry)));
                        continue;
                    }
                    fields.add(new Field("id", parsed.line(entry), text(parsed.line(entry), id.get())));
                }
                fields(entry, DemarcTerms.fieldsOf(section.key()), fields, described);
                items.add(new MapNode(parsed.line(entry), fields));
            }
            int line = parsed.line(document, section.property());
            root.add(new Field(section.key(), line, new ListNode(line, items)));
            coverage.add(new Coverage(line, section.key(), Outcome.MAPPED, items.size() + " " + section.key()
                    + " from demarc:" + section.property().getLocalName()));
        }
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        coverage.addAll(foreignStatements(described));
        return new Result(new MapNode(parsed.line(document), root), coverage);
    }

    /** Statements the inventory has no field for (labels, comments, other vocabularies): counted, not mapped. */
    private List<Coverage> foreignStatements(Set<Node> described) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        parsed.graph().find().forEach(t -> {
            boolean ours = t.getPredicate().getURI().startsWith(DemarcTerms.NS)
                    || (t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI()
                    && t.getObject().getURI().startsWith(DemarcTerms.NS))
                    || t.getPredicate().equals(RDF.Nodes.first) || t.getPredicate().equals(RDF.Nodes.rest);
            if (!ours) {
                String key = "<" + t.getPredicate().getURI() + ">";
                counts.merge(key, 1, Integer::sum);
                lines.putIfAbsent(key, parsed.line(t.getSubject(), t.getPredicate()));
            }
        });
        List<Coverage> coverage = new ArrayList<>();
        counts.forEach((predicate, count) -> coverage.add(new Coverage(lines.get(predicate), predicate, Outcome.SKIPPED,
                count + " statement(s) with a property outside the demarc vocabulary; the inventory has no field for it")));
        return coverage;
    }

    private void fields(Node subject, List<DemarcTerms.Field> fields, List<Field> into, Set<Node> described)
            throws TranslationException {
        for (DemarcTerms.Field field : fields) {
            List<Node> values = parsed.graph().find(subject, field.property(), Node.ANY).mapWith(Triple::getObject)
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            int line = parsed.line(subject, field.property());
            DocNode value = value(field, values, line, described);
            into.add(new Field(field.key(), line, value));
        }
    }

    private DocNode value(DemarcTerms.Field field, List<Node> values, int line, Set<Node> described)
            throws TranslationException {
        Node first = values.get(0);
        return switch (field.shape()) {
            case TEXT -> text(line, first.getLiteralLexicalForm());
            case INTEGER -> new ScalarNode(line, ScalarKind.INTEGER, first.getLiteralLexicalForm());
            case DATE -> new ScalarNode(line, ScalarKind.DATE, first.getLiteralLexicalForm());
            case BOOLEAN -> new ScalarNode(line, ScalarKind.BOOLEAN,
                    String.valueOf(XSDDatatype.XSDboolean.isValid(first.getLiteralLexicalForm())
                            && Boolean.TRUE.equals(first.getLiteralValue())));
            case REF -> text(line, reference(first));
            case REFS, WORDS -> new ListNode(line, values.stream()
                    .map(v -> field.shape() == Shape.REFS ? reference(v) : v.getLiteralLexicalForm()).sorted()
                    .map(text -> (DocNode) text(line, text)).toList());
            case REQUIRES -> requires(values, line, described);
            case JSON -> json(first.getLiteralLexicalForm(), line);
            case BLOCK -> {
                described.add(first);
                List<Field> block = new ArrayList<>();
                fields(first, field.key().equals("carrier") ? DemarcTerms.CARRIER_FIELDS
                        : DemarcTerms.DEMARCATION_FIELDS, block, described);
                yield new MapNode(line, block);
            }
        };
    }

    private DocNode requires(List<Node> lists, int line, Set<Node> described) {
        List<DocNode> items = new ArrayList<>();
        for (Node list : lists) {
            for (Node cell = list; cell != null && !cell.equals(RDF.Nodes.nil); cell = next(cell)) {
                Node member = parsed.graph().find(cell, RDF.Nodes.first, Node.ANY).mapWith(Triple::getObject)
                        .nextOptional().orElse(null);
                if (member == null) {
                    break;
                }
                if (member.isBlank()) {
                    described.add(member);
                    List<DocNode> anyOf = parsed.graph().find(member, DemarcTerms.ANY_OF, Node.ANY)
                            .mapWith(t -> reference(t.getObject())).toList().stream().sorted()
                            .map(id -> (DocNode) text(line, id)).toList();
                    items.add(new MapNode(line, List.of(new Field("anyOf", line, new ListNode(line, anyOf)))));
                } else {
                    items.add(text(line, reference(member)));
                }
            }
        }
        return new ListNode(line, items);
    }

    private Node next(Node cell) {
        return parsed.graph().find(cell, RDF.Nodes.rest, Node.ANY).mapWith(Triple::getObject).nextOptional()
                .orElse(null);
    }

    private static String reference(Node node) {
        return DemarcTerms.idOf(node).orElse(node.isURI() ? node.getURI() : node.toString());
    }

    private static DocNode json(String text, int line) throws TranslationException {
        try {
            DocNode tree = new JsonTreeReader().read(text).root();
            return relined(tree, line);
        } catch (DocumentSyntaxException e) {
            throw new TranslationException(List.of(new DocumentProblem(line, "attributes",
                    "attributes is not JSON: " + e.getMessage())));
        }
    }

    /** JSON parsed from a literal counts its own lines; in the file it sits on the line of its triple. */
    private static DocNode relined(DocNode node, int line) {
        if (node instanceof MapNode map) {
            return new MapNode(line, map.fields().stream()
                    .map(f -> new Field(f.key(), line, relined(f.value(), line))).toList());
        }
        if (node instanceof ListNode list) {
            return new ListNode(line, list.items().stream().map(item -> relined(item, line)).toList());
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ScalarNode(line, scalar.kind(), scalar.text());
    }

    private static ScalarNode text(int line, String text) {
        return new ScalarNode(line, ScalarKind.STRING, text);
    }

    private static Set<Node> vocabularyProperties() {
        Graph vocabulary = load(DemarcTerms.VOCABULARY_RESOURCE);
        Set<Node> properties = new HashSet<>();
        for (Node type : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
            vocabulary.find(Node.ANY, RDF.Nodes.type, type).forEach(t -> properties.add(t.getSubject()));
        }
        return Set.copyOf(properties);
    }

    static Graph load(String resource) {
        try (InputStream in = InventoryGraph.class.getResourceAsStream(resource)) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
