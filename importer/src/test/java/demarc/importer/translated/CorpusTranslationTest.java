package demarc.importer.translated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.netbox.NetBoxFormat;
import demarc.importer.onap.AaiFormat;
import demarc.importer.schema.GraphSchema;
import demarc.importer.tmf.TmfFormat;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Every corpus file of the A&AI, TMF and NetBox sources (corpus/MANIFEST.md): recognised by its format and by
 * no other; valid files translate and import into a real Neo4j (the A&AI test templates with their placeholders
 * kept literally, each listed as unknown); files under {@code invalid/} are rejected with errors that give the
 * line and what was expected.
 */
class CorpusTranslationTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final Path CORPUS = Path.of("..", "corpus");
    private static final Map<String, InventoryFormat> FORMATS = Map.of("onap-aai-resources", new AaiFormat(),
            "onap-so", new AaiFormat(), "onap-aai-traversal", new AaiFormat(), "tmf639", new TmfFormat(),
            "tmf638", new TmfFormat(), "netbox-demo-data", new NetBoxFormat());
    private static final List<InventoryFormat> ALL = List.of(new AaiFormat(), new TmfFormat(), new NetBoxFormat());
    /** Valid in their source repository's tests, and templates: their key values are placeholders. */
    private static final List<String> TEMPLATES = List.of("onap-aai-traversal/",
            "onap-aai-resources/aai-resources/src/test/resources/payloads/bulk/single-transaction/put-pserver-complex-rel-between.json");

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    static Stream<Arguments> corpusFiles() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (String source : FORMATS.keySet().stream().sorted().toList()) {
            try (Stream<Path> walk = Files.walk(CORPUS.resolve(source))) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted()
                        .forEach(p -> files.add(Arguments.of(CORPUS.relativize(p).toString().replace('\\', '/'))));
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void translatesAndImportsEveryValidFileAndRejectsTheOthers(String name) throws Exception {
        InputFile file = new InputFile(name, Files.readAllBytes(CORPUS.resolve(name)));
        InventoryFormat format = FORMATS.get(name.substring(0, name.indexOf('/')));
        assertThat(ALL).filteredOn(candidate -> candidate.recognizes(file)).extracting(InventoryFormat::id)
                .containsExactly(format.id());

        if (name.contains("/invalid/")) {
            TranslationException rejected = catchThrowableOfType(() -> format.translate(file), TranslationException.class);
            assertThat(rejected).as("%s must be rejected", name).isNotNull();
            assertThat(rejected.problems()).allSatisfy(problem -> {
                assertThat(problem.line()).isPositive();
                assertThat(problem.message()).containsAnyOf("expected", "unknown", "missing", "without");
            });
            System.out.printf("corpus %s rejected: %s%n", name, rejected.problems().get(0));
            return;
        }
        long start = System.nanoTime();
        Translation translation = format.translate(file);
        long translated = System.nanoTime();
        ImportReport report = new InventoryImporter(neo4j.driver(), null, new GraphGate())
                .importTree(name, translation.inventory(), InventoryImporter.sha256(file.text()));
        long imported = System.nanoTime();
        assertThat(translation.file()).isEqualTo(name);
        assertThat(translation.coverage()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.line()).isPositive();
            assertThat(line.detail()).isNotBlank();
        });
        assertThat(translation.coverage().stream().anyMatch(line -> line.outcome() == Translation.Outcome.UNKNOWN
                && line.detail().startsWith("template placeholder ")))
                .as("%s lists its template placeholders", name).isEqualTo(TEMPLATES.stream().anyMatch(name::startsWith));
        Map<String, Object> document = TranslatedTrees.document(translation);
        assertThat(report.counts()).containsEntry("parties", size(document, "parties"))
                .containsEntry("functions", size(document, "functions"))
                .containsEntry("resources", size(document, "resources"));
        System.out.printf("corpus %s imported: %s; coverage %d lines; translate %d ms, import %d ms%n", name,
                report.counts(), translation.coverage().size(), (translated - start) / 1_000_000,
                (imported - translated) / 1_000_000);
    }

    /** The whole NetBox demo dump, timed, then imported again: the second import changes nothing. */
    @Test
    void importsTheNetBoxDemoDumpAndReimportsItIdempotently() throws Exception {
        String name = "netbox-demo-data/json/netbox-demo-v3.6.json";
        InputFile file = new InputFile(name, Files.readAllBytes(CORPUS.resolve(name)));
        InventoryImporter importer = new InventoryImporter(neo4j.driver(), null, new GraphGate());
        long start = System.nanoTime();
        Translation translation = new NetBoxFormat().translate(file);
        long translated = System.nanoTime();
        ImportReport first = importer.importTree(name, translation.inventory(), InventoryImporter.sha256(file.text()));
        long imported = System.nanoTime();
        ImportReport again = importer.importTree(name, new NetBoxFormat().translate(file).inventory(),
                InventoryImporter.sha256(file.text()));
        long reimported = System.nanoTime();

        assertThat(first.counts()).containsEntry("resources", 337).containsEntry("parties", 21);
        assertThat(again.counts()).isEqualTo(first.counts());
        assertThat(again.removed()).containsEntry("nodes", 0).containsEntry("relationships", 0);
        System.out.printf("netbox demo dump (%d bytes): translate %d ms, import %d ms, re-import %d ms%n",
                file.content().length, (translated - start) / 1_000_000, (imported - translated) / 1_000_000,
                (reimported - imported) / 1_000_000);
    }

    @SuppressWarnings("unchecked")
    private static int size(Map<String, Object> document, String section) {
        return ((List<Object>) document.getOrDefault(section, List.of())).size();
    }
}
