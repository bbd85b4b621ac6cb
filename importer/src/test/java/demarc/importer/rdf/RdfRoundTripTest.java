package demarc.importer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;

import demarc.importer.document.DocNode;
import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * One small inventory written in Turtle, converted by Jena to N-Triples, RDF/XML and JSON-LD, and written by hand
 * as the JSON form with the project's @context: each is translated, imported into a real Neo4j, and gives the
 * same graph.
 */
class RdfRoundTripTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String TURTLE = resource("small-inventory.ttl");
    private final RdfInventoryFormat format = new RdfInventoryFormat();

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    static Stream<Arguments> syntaxes() {
        return Stream.of(
                Arguments.of("small-inventory.ttl", TURTLE, RdfSyntax.TURTLE),
                Arguments.of("small-inventory.nt", written(RDFFormat.NTRIPLES), RdfSyntax.N_TRIPLES),
                Arguments.of("small-inventory.rdf", written(RDFFormat.RDFXML_PLAIN), RdfSyntax.RDF_XML),
                Arguments.of("small-inventory.json", written(RDFFormat.JSONLD11), RdfSyntax.JSON_LD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void importsTheSameGraphFromEverySyntax(String name, String content, RdfSyntax syntax) throws Exception {
        InputFile file = new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
        assertThat(format.recognizes(file)).isTrue();
        assertThat(RdfSyntax.detect(content)).contains(syntax);

        Translation translation = format.translate(file);
        ImportReport report = new InventoryImporter(neo4j.driver(), null, new GraphGate())
                .importTree(name, translation.inventory(), InventoryImporter.sha256(content));

        assertThat(report.source()).isEqualTo("rdf-small");
        assertThat(report.counts()).containsEntry("parties", 2).containsEntry("services", 1)
                .containsEntry("functions", 2).containsEntry("resources", 3).containsEntry("connections", 1)
                .containsEntry("access", 1);
        assertTheSmallInventory();
        assertThat(translation.coverage()).anySatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(c.path()).isEqualTo("<http://www.w3.org/2000/01/rdf-schema#comment>");
        });
    }

    @Test
    void theJsonFormWithTheProjectContextIsJsonLd() throws Exception {
        String json = resource("small-inventory.jsonld");
        InputFile file = new InputFile("small-inventory.jsonld", json.getBytes(StandardCharsets.UTF_8));
        // the native reader takes a JSON inventory (it keeps lines); RDF reads it when asked to
        assertThat(format.recognizes(file)).isFalse();

        Translation translation = format.translate(file);
        new InventoryImporter(neo4j.driver(), null, new GraphGate()).importTree(file.name(), translation.inventory(),
                InventoryImporter.sha256(json));

        assertTheSmallInventory();
    }

    @Test
    void turtleEntriesCarryTheLineOfTheirFirstTriple() throws Exception {
        Translation translation = format.translate(new InputFile("small.ttl", TURTLE.getBytes(StandardCharsets.UTF_8)));
        DocNode.MapNode root = (DocNode.MapNode) translation.inventory();
        DocNode.ListNode functions = (DocNode.ListNode) root.field("functions").orElseThrow().value();

        assertThat(root.line()).isEqualTo(8);
        assertThat(functions.items()).extracting(DocNode::line).containsExactly(37, 43);
        assertThat(translation.coverage()).noneMatch(c -> c.outcome() == Outcome.UNKNOWN);
    }

    private static void assertTheSmallInventory() {
        assertThat(rows("""
                MATCH (x)-[r:REQUIRES]->(e) RETURN x.id AS from, e.id AS to, r.slot AS slot, r.anyOf AS anyOf
                ORDER BY from, slot, to""", r -> tuple(r.get("from").asString(), r.get("to").asString(),
                r.get("slot").asInt(), r.get("anyOf").asBoolean())))
                .containsExactly(tuple("kumo-vm-a", "kumo-az-1", 0, false), tuple("kumo-vm-b", "kumo-az-1", 0, false),
                        tuple("shinkai-voice", "sk-ims", 0, false), tuple("shinkai-voice", "sk-udm", 1, false),
                        tuple("sk-ims", "kumo-vm-a", 0, true), tuple("sk-ims", "kumo-vm-b", 0, true),
                        tuple("sk-udm", "kumo-vm-a", 0, false));
        assertThat(rows("MATCH (e:Element)-[:OWNED_BY]->(p) RETURN e.id + '>' + p.id AS owned ORDER BY owned",
                r -> r.get("owned").asString())).containsExactly("kumo-az-1>kumo", "kumo-vm-a>kumo", "kumo-vm-b>kumo",
                "sk-ims>shinkai", "sk-udm>shinkai");
        assertThat(rows("MATCH (p:Party {id: 'shinkai'}) RETURN p", r -> r.get("p").asMap()).get(0))
                .containsEntry("type", "carrier").containsEntry("category", "line-installing")
                .containsEntry("designations", List.of("specified-user-info")).containsEntry("users", 8000000L)
                .containsEntry("country", "JP");
        assertThat(rows("MATCH (f:Function {id: 'sk-udm'}) RETURN f", r -> r.get("f").asMap()).get(0))
                .containsEntry("kind", "cnf").containsEntry("holdsUserInfo", true)
                .hasEntrySatisfying("attributes", json -> assertThat((String) json)
                        .contains("\"vendor\":\"Acme\"", "\"release\":17"));
        assertThat(rows("MATCH (f:Function {id: 'sk-ims'}) RETURN f", r -> r.get("f").asMap()).get(0))
                .containsEntry("roles", List.of("control", "switching")).containsEntry("name", "IMS core (CSCF)");
        assertThat(rows("MATCH (s:Service {id: 'shinkai-voice'})-[:PROVIDED_BY]->(p) RETURN s, p.id AS provider",
                r -> r.get("s").asMap()).get(0)).containsEntry("class", "mobile").containsEntry("paid", true)
                .containsEntry("emergencyCalls", true).containsEntry("users", 8000000L);
        assertThat(rows("""
                MATCH (c:Connection {id: 'ix-shinkai-kumo'})-[:BETWEEN]->(e) RETURN c.kind AS kind,
                       c.point AS point, c.functionCheck AS check, e.id AS end ORDER BY end""",
                r -> tuple(r.get("kind").asString(), r.get("point").asString(), r.get("check").asString(),
                        r.get("end").asString())))
                .containsExactly(tuple("private-network", "Kumo Tokyo-1 cage 4, cross-connect 17", "BFD session",
                        "kumo-vm-a"), tuple("private-network", "Kumo Tokyo-1 cage 4, cross-connect 17",
                        "BFD session", "sk-ims"));
        assertThat(rows("MATCH (p:Party)-[a:HAS_ACCESS]->(e) RETURN p.id + '>' + e.id + ':' + a.kind AS access",
                r -> r.get("access").asString())).containsExactly("kumo>sk-udm:remote-maintenance");
    }

    private static <T> List<T> rows(String query, Function<Record, T> mapper) {
        try (var session = neo4j.driver().session()) {
            return session.executeRead(tx -> tx.run(query).list(mapper::apply));
        }
    }

    private static String written(RDFFormat syntax) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TURTLE, Lang.TURTLE).parse(graph);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, syntax);
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = RdfRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
