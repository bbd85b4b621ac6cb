package demarc.importer.rdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The demarc vocabulary (resources demarc/importer/rdf/vocabulary.ttl and context.jsonld): its namespace, the
 * IRIs of entries, and which property carries which field of the inventory format.
 */
final class DemarcTerms {

    /** The vocabulary namespace; stable, documented in docs/formats/rdf.md. */
    static final String NS = "https://demarc.example/ns#";
    /** Entries are named {@code ID_BASE + id}; relative IRIs in every syntax resolve against it. */
    static final String ID_BASE = "https://demarc.example/id/";
    /** The IRIs under which the context is published; the importer serves them from the classpath. */
    static final List<String> CONTEXT_IRIS = List.of("https://demarc.example/ns/context.jsonld",
            "https://demarc.example/ns/context");
    static final String CONTEXT_RESOURCE = "/demarc/importer/rdf/context.jsonld";
    static final String SHAPES_RESOURCE = "/demarc/importer/rdf/inventory-shapes.ttl";
    static final String VOCABULARY_RESOURCE = "/demarc/importer/rdf/vocabulary.ttl";

    static final Node FORMAT_VERSION = term("formatVersion");
    static final Node ANY_OF = term("anyOf");
    static final Node ANY_OF_CLASS = term("AnyOf");
    static final Node REQUIRES = term("requires");

    /** A list of the document: its key, the linking property and the class of its entries. */
    record Section(String key, Node property, Node type, boolean named) {
    }

    /** A field of an entry or block: its key, property, and how its value is written. */
    enum Shape {
        TEXT, INTEGER, BOOLEAN, DATE, REF, REFS, WORDS, REQUIRES, JSON, BLOCK
    }

    record Field(String key, Node property, Shape shape) {
        Field(String key, String local, Shape shape) {
            this(key, term(local), shape);
        }
    }

    static final List<Field> DOCUMENT_FIELDS = List.of(new Field("inventory", "formatVersion", Shape.INTEGER),
            new Field("source", "source", Shape.TEXT), new Field("asOf", "asOf", Shape.DATE));

    static final List<Field> CARRIER_FIELDS = List.of(new Field("category", "carrierCategory", Shape.TEXT),
            new Field("designations", "designation", Shape.WORDS), new Field("users", "users", Shape.INTEGER));

    static final List<Field> DEMARCATION_FIELDS = List.of(new Field("point", "point", Shape.TEXT),
            new Field("functionCheck", "functionCheck", Shape.TEXT));

    private static final List<Field> ELEMENT_FIELDS = List.of(new Field("name", "name", Shape.TEXT),
            new Field("kind", "kind", Shape.TEXT), new Field("roles", "role", Shape.WORDS),
            new Field("owner", "owner", Shape.REF), new Field("operator", "operator", Shape.REF),
            new Field("country", "country", Shape.TEXT), new Field("prefecture", "prefecture", Shape.TEXT),
            new Field("site", "site", Shape.REF), new Field("requires", "requires", Shape.REQUIRES),
            new Field("manages", "manages", Shape.REFS), new Field("holdsUserInfo", "holdsUserInfo", Shape.BOOLEAN),
            new Field("attributes", "attributes", Shape.JSON));

    static final Map<String, List<Field>> SECTION_FIELDS = new LinkedHashMap<>();
    static final List<Section> SECTIONS;

    static {
        SECTION_FIELDS.put("parties", List.of(new Field("name", "name", Shape.TEXT),
                new Field("country", "country", Shape.TEXT), new Field("type", "partyType", Shape.TEXT),
                new Field("carrier", term("carrier"), Shape.BLOCK)));
        SECTION_FIELDS.put("services", List.of(new Field("name", "name", Shape.TEXT),
                new Field("provider", "provider", Shape.REF), new Field("class", "serviceClass", Shape.TEXT),
                new Field("users", "users", Shape.INTEGER), new Field("paid", "paid", Shape.BOOLEAN),
                new Field("emergencyCalls", "emergencyCalls", Shape.BOOLEAN),
                new Field("mobileVoiceNumbers", "mobileVoiceNumbers", Shape.BOOLEAN),
                new Field("prefectures", "prefectures", Shape.INTEGER),
                new Field("requires", "requires", Shape.REQUIRES)));
        SECTION_FIELDS.put("functions", ELEMENT_FIELDS);
        SECTION_FIELDS.put("resources", ELEMENT_FIELDS);
        SECTION_FIELDS.put("connections", List.of(new Field("kind", "kind", Shape.TEXT),
                new Field("between", "between", Shape.REFS),
                new Field("demarcation", term("demarcation"), Shape.BLOCK)));
        SECTION_FIELDS.put("access", List.of(new Field("party", "accessParty", Shape.REF),
                new Field("to", "to", Shape.REFS), new Field("kind", "kind", Shape.TEXT),
                new Field("country", "country", Shape.TEXT)));
        SECTIONS = List.of(new Section("parties", term("party"), term("Party"), true),
                new Section("services", term("service"), term("Service"), true),
                new Section("functions", term("function"), term("Function"), true),
                new Section("resources", term("resource"), term("Resource"), true),
                new Section("connections", term("connection"), term("Connection"), true),
                new Section("access", term("access"), term("Access"), false));
    }

    private DemarcTerms() {
    }

    static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    static List<Field> fieldsOf(String section) {
        return SECTION_FIELDS.get(section);
    }

    /** The id of an entry IRI under {@link #ID_BASE}; empty for any other node. */
    static Optional<String> idOf(Node node) {
        if (node.isURI() && node.getURI().startsWith(ID_BASE) && node.getURI().length() > ID_BASE.length()) {
            return Optional.of(node.getURI().substring(ID_BASE.length()));
        }
        return Optional.empty();
    }

    /** The field key of a vocabulary property, for paths in messages; the IRI itself when it is not a field. */
    static String keyOf(Node property) {
        for (Field field : DOCUMENT_FIELDS) {
            if (field.property().equals(property)) {
                return field.key();
            }
        }
        for (Section section : SECTIONS) {
            if (section.property().equals(property)) {
                return section.key();
            }
        }
        for (List<Field> fields : List.of(CARRIER_FIELDS, DEMARCATION_FIELDS)) {
            for (Field field : fields) {
                if (field.property().equals(property)) {
                    return field.key();
                }
            }
        }
        for (List<Field> fields : SECTION_FIELDS.values()) {
            for (Field field : fields) {
                if (field.property().equals(property)) {
                    return field.key();
                }
            }
        }
        if (property.equals(ANY_OF)) {
            return "anyOf";
        }
        return property.isURI() ? "<" + property.getURI() + ">" : property.toString();
    }
}
