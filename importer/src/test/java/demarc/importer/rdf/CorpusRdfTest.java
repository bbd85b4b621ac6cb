package demarc.importer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;

import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.TranslationException;
import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Every RDF file of the corpus (NORIA-O and Open-Multinet, corpus/MANIFEST.md) with its expected outcome: translated,
 * imported into a real Neo4j with the counts below, everything it does not map named in the coverage.
 */
class CorpusRdfTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final Path CORPUS = Path.of("..", "corpus");
    private static final List<String> RDF_DIRECTORIES = List.of("noria-ontology", "omn-ontology");

    /**
     * Expected outcome of each file: functions, resources and parties imported; 0, 0, 0 = nothing to map; empty =
     * rejected (see {@link #REJECTED}).
     */
    private static final Map<String, List<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("noria-ontology/dataset/noria-0.2/output/noria_resources_assets.ttl", List.of(11, 5, 5)),
            Map.entry("noria-ontology/dataset/noria-0.2/output/noria_topology_edges.ttl", List.of(0, 21, 1)),
            Map.entry("noria-ontology/dataset/noria-0.2/output/noria_resources_location.ttl", List.of(0, 2, 1)),
            Map.entry("noria-ontology/dataset/noria-0.2/output/noria_services.ttl", List.of(0, 0, 0)),
            Map.entry("noria-ontology/ontology/noria-0.2/ResourceOntology-0.2.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/omnlib/src/test/resources/omn/tosca-request-ims.ttl", List.of(5, 3, 1)),
            Map.entry("omn-ontology/omnlib/src/test/resources/omn/link-manifest.ttl", List.of(0, 3, 1)),
            Map.entry("omn-ontology/omnlib/ontologies/omn.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/omnlib/ontologies/omn-resource.ttl", List.of()),
            Map.entry("omn-ontology/omnlib/ontologies/omn-domain-nfv.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/omnlib/ontologies/openBaton.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/omnlib/ontologies/osco.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/omnlib/import/nml-base.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/omnlib/import/indl.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/data/example-infrastructure-fp.ttl", List.of(0, 0, 0)),
            Map.entry("omn-ontology/data/example-request-vm.ttl", List.of(0, 0, 0)));

    /**
     * Files outside invalid/ that are nonetheless not valid RDF, with the error expected: omn-resource.ttl types
     * :isPartOfInfra with {@code df:type}, a prefix it never declares (a typo for rdf:type upstream).
     */
    private static final Map<String, String> REJECTED = Map.of(
            "omn-ontology/omnlib/ontologies/omn-resource.ttl", "320: $: turtle syntax error: Undefined prefix: df");

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    static Stream<Arguments> corpusFiles() {
        return EXPECTED.keySet().stream().sorted().map(path -> Arguments.of(path, EXPECTED.get(path)));
    }

    @Test
    void everyRdfFileOfTheCorpusHasAnExpectedOutcome() throws IOException {
        for (String directory : RDF_DIRECTORIES) {
            try (Stream<Path> files = Files.walk(CORPUS.resolve(directory))) {
                assertThat(files.filter(Files::isRegularFile).map(f -> CORPUS.relativize(f).toString()))
                        .allSatisfy(file -> assertThat(EXPECTED).containsKey(file));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void importsWithItsExpectedOutcome(String path, List<Integer> expected) throws Exception {
        byte[] content = Files.readAllBytes(CORPUS.resolve(path));
        InputFile file = new InputFile(path, content);
        RdfInventoryFormat format = new RdfInventoryFormat();
        assertThat(format.recognizes(file)).isTrue();

        if (expected.isEmpty()) {
            TranslationException rejected = catchThrowableOfType(TranslationException.class,
                    () -> format.translate(file));
            assertThat(rejected).isNotNull();
            assertThat(rejected.getMessage()).isEqualTo(REJECTED.get(path));
            return;
        }
        Translation translation = format.translate(file);
        ImportReport report = new InventoryImporter(neo4j.driver(), null, new GraphGate())
                .importTree(path, translation.inventory(), InventoryImporter.sha256(file.text()));

        assertThat(List.of(report.counts().get("functions"), report.counts().get("resources"),
                report.counts().get("parties"))).isEqualTo(expected);
        assertThat(translation.coverage()).isNotEmpty().allSatisfy(c -> assertThat(c.detail()).isNotBlank());
        if (expected.equals(List.of(0, 0, 0))) {
            assertThat(translation.coverage()).allMatch(c -> c.outcome() == Outcome.SKIPPED);
        } else {
            assertThat(translation.coverage()).anyMatch(c -> c.outcome() == Outcome.MAPPED)
                    .anyMatch(c -> c.outcome() == Outcome.UNKNOWN && c.path().endsWith("owner"));
        }
        // one line per class or property, never one per statement
        assertThat(translation.coverage()).extracting(Coverage::path).doesNotHaveDuplicates();
    }

    @Test
    void ontologiesSayThereIsNothingToMap() throws Exception {
        Translation translation = new RdfInventoryFormat().translate(new InputFile("omn.ttl",
                Files.readAllBytes(CORPUS.resolve("omn-ontology/omnlib/ontologies/omn.ttl"))));

        assertThat(translation.coverage()).anySatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(c.detail()).contains("a vocabulary, not inventory; nothing to map");
        });
    }

    @Test
    void noriaResourcesKeepTheirTeamsAndRacks() throws Exception {
        neo4j.clear();
        String path = "noria-ontology/dataset/noria-0.2/output/noria_resources_assets.ttl";
        InputFile file = new InputFile(path, Files.readAllBytes(CORPUS.resolve(path)));
        Translation translation = new RdfInventoryFormat().translate(file);
        new InventoryImporter(neo4j.driver(), null, new GraphGate()).importTree(path, translation.inventory(),
                InventoryImporter.sha256(file.text()));

        assertThat(rows("""
                MATCH (e:Element {id: 'RES_TOY_as1'})-[:OPERATED_BY]->(team), (e)-[:OWNED_BY]->(owner),
                      (e)-[:REQUIRES]->(rack)
                RETURN e.kind + ' ' + e.name + ' operated by ' + team.id + ', owned by ' + owner.id + ', requires '
                       + rack.id + ' (' + rack.kind + ')' AS line""", r -> r.get("line").asString()))
                .containsExactly("pnf as1 operated by TEAM_TOY_Support01, owned by unstated-owner, requires "
                        + "RES_TOY_rack_01 (equipment)");
        assertThat(translation.coverage()).anySatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(c.path()).isEqualTo("noria:resourceProductModel");
            assertThat(c.detail()).startsWith("16 statement(s)");
        });
    }

    @Test
    void omnFunctionsRequireTheirContainerAndTheFunctionsTheyCall() throws Exception {
        neo4j.clear();
        String path = "omn-ontology/omnlib/src/test/resources/omn/tosca-request-ims.ttl";
        InputFile file = new InputFile(path, Files.readAllBytes(CORPUS.resolve(path)));
        Translation translation = new RdfInventoryFormat().translate(file);
        new InventoryImporter(neo4j.driver(), null, new GraphGate()).importTree(path, translation.inventory(),
                InventoryImporter.sha256(file.text()));

        assertThat(rows("""
                MATCH (f:Function {id: 'icscf1'})-[r:REQUIRES]->(e) RETURN e.id + ':' + e.kind AS target
                ORDER BY r.slot""", r -> r.get("target").asString()))
                .containsExactly("imsContainer:vm", "dns1:vnf", "hss1:vnf", "scscf1:vnf");
        assertThat(rows("MATCH (f:Function {id: 'hss1'}) RETURN f.roles AS roles",
                r -> r.get("roles").asList(v -> v.asString()))).containsExactly(List.of("subscriber-management"));
    }

    private static <T> List<T> rows(String query, java.util.function.Function<Record, T> mapper) {
        try (var session = neo4j.driver().session()) {
            return session.executeRead(tx -> tx.run(query).list(mapper::apply));
        }
    }
}
