package demarc.importer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import demarc.importer.document.DocumentProblem;
import demarc.importer.format.InputFile;
import demarc.importer.format.TranslationException;
import demarc.model.vocabulary.AccessKind;
import demarc.model.vocabulary.CarrierCategory;
import demarc.model.vocabulary.ConnectionKind;
import demarc.model.vocabulary.Designation;
import demarc.model.vocabulary.FunctionKind;
import demarc.model.vocabulary.PartyType;
import demarc.model.vocabulary.ResourceKind;
import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.ServiceClass;
import demarc.model.vocabulary.WireValue;

/** SHACL violations come back as the YAML path's errors: line of the statement, path of the field, what was expected. */
class InventoryShapesTest {

    private static final String TURTLE = RdfRoundTripTest.resource("small-inventory.ttl");

    @Test
    void aMissingOwnerNamesTheEntryAndTheField() {
        List<DocumentProblem> problems = problems(TURTLE.replace("""
                    demarc:role "switching", "control" ;
                    demarc:owner id:shinkai ;
                """, """
                    demarc:role "switching", "control" ;
                """));

        assertThat(problems).containsExactly(new DocumentProblem(37, "functions[sk-ims].owner",
                "missing required field 'owner' (a party id)"));
    }

    @Test
    void aValueOutsideTheEnumNamesTheAllowedValuesAndTheOneFound() {
        List<DocumentProblem> problems = problems(TURTLE.replace("demarc:kind \"vnf\"", "demarc:kind \"xnf\""));

        assertThat(problems).containsExactly(new DocumentProblem(38, "functions[sk-ims].kind",
                "unknown value (expected one of: pnf, vnf, cnf), found 'xnf'"));
    }

    @Test
    void aDanglingReferenceIsAnUnknownId() {
        List<DocumentProblem> problems = problems(TURTLE.replace("""
                id:sk-udm demarc:kind "cnf" ;
                    demarc:role "subscriber-management" ;
                    demarc:owner id:shinkai ;""", """
                id:sk-udm demarc:kind "cnf" ;
                    demarc:role "subscriber-management" ;
                    demarc:owner id:nobody ;"""));

        assertThat(problems).containsExactly(new DocumentProblem(45, "functions[sk-udm].owner",
                "unknown id (expected the id of a party), found 'nobody'"));
    }

    @Test
    void everyProblemIsReportedAtOnceInLineOrder() {
        List<DocumentProblem> problems = problems(TURTLE
                .replace("demarc:serviceClass \"mobile\"", "demarc:serviceClass \"telepathy\"")
                .replace("demarc:country \"JP\" ;\n    demarc:prefecture", "demarc:country \"Japan\" ;\n    demarc:prefecture")
                .replace("demarc:users 8000000 ;\n    demarc:paid", "demarc:users -1 ;\n    demarc:paid")
                .replace("id:kumo demarc:name \"Kumo Cloud\" ;", "id:kumo demarc:name \"Kumo Cloud\" ; demarc:colour \"blue\" ;"));

        assertThat(problems).extracting(DocumentProblem::line, DocumentProblem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(25, "parties[kumo]"),
                org.assertj.core.groups.Tuple.tuple(31, "services[shinkai-voice].class"),
                org.assertj.core.groups.Tuple.tuple(32, "services[shinkai-voice].users"),
                org.assertj.core.groups.Tuple.tuple(55, "resources[kumo-az-1].country"));
        assertThat(problems.get(0).message()).isEqualTo(
                "unknown property <https://demarc.example/ns#colour> (not in the demarc vocabulary)");
        assertThat(problems.get(3).message()).isEqualTo("expected an ISO 3166-1 alpha-2 country code"
                + " (two upper-case letters, e.g. JP), found 'Japan'");
    }

    @Test
    void theShapesAllowExactlyTheValuesOfTheModelVocabulary() {
        Graph shapes = InventoryGraph.load(DemarcTerms.SHAPES_RESOURCE);
        Node in = NodeFactory.createURI("http://www.w3.org/ns/shacl#in");
        List<List<String>> lists = new ArrayList<>();
        shapes.find(Node.ANY, in, Node.ANY).forEach(t -> lists.add(members(shapes, t.getObject())));

        List<List<String>> vocabularies = List.of(WireValue.wireValues(PartyType.class),
                WireValue.wireValues(CarrierCategory.class), WireValue.wireValues(Designation.class),
                WireValue.wireValues(ServiceClass.class), WireValue.wireValues(Role.class),
                WireValue.wireValues(FunctionKind.class), WireValue.wireValues(ResourceKind.class),
                WireValue.wireValues(ConnectionKind.class), WireValue.wireValues(AccessKind.class), List.of("1"));
        assertThat(lists).containsExactlyInAnyOrderElementsOf(vocabularies);
    }

    private static List<String> members(Graph graph, Node list) {
        List<String> members = new ArrayList<>();
        for (Node cell = list; !cell.equals(RDF.Nodes.nil);
             cell = graph.find(cell, RDF.Nodes.rest, Node.ANY).mapWith(Triple::getObject).next()) {
            members.add(graph.find(cell, RDF.Nodes.first, Node.ANY).next().getObject().getLiteralLexicalForm());
        }
        return members;
    }

    private static List<DocumentProblem> problems(String turtle) {
        assertThat(turtle).isNotEqualTo(TURTLE);
        TranslationException rejected = catchThrowableOfType(TranslationException.class, () -> new RdfInventoryFormat()
                .translate(new InputFile("broken.ttl", turtle.getBytes(StandardCharsets.UTF_8))));
        assertThat(rejected).isNotNull();
        return rejected.problems();
    }
}
