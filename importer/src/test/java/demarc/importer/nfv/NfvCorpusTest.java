package demarc.importer.nfv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import demarc.importer.format.FileReport;
import demarc.importer.format.FormatImporter;
import demarc.importer.format.Formats;
import demarc.importer.format.InputFile;
import demarc.importer.format.SkippedFile;
import demarc.importer.format.UnitReport;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.importer.sol006.Sol006Format;
import demarc.importer.tosca.Sol001Format;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Every file of the four NFV corpus sources with its expected outcome (docs/formats/nfv.md, "Corpus"): entry
 * points translate and import into a real Neo4j; type and flavour files, which only exist to be imported, import
 * as nothing of their own with a coverage line saying so; invalid files and the legacy OSM files are rejected with
 * the line and what was expected. A package folder imports as one unit whose files are translated once.
 */
class NfvCorpusTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static final Path CORPUS = Path.of("..", "corpus");
    /** Tacker copies this folder's helloworld3_types.yaml into each test_csar_utils_data package at test time. */
    static final Path TACKER_CSAR_COMMON = CORPUS.resolve(
            "tacker/samples/tests/etc/samples/etsi/nfv/test_csar_utils_data/test_csar_utils_common/Definitions");

    /** Files translated on their own: a top-level VNFD/NSD, a single-file descriptor, a CSAR's TOSCA.meta, SOL006. */
    static final List<String> ENTRY_POINTS = List.of(
            "tacker/samples/etsi_getting_started/tosca/sample_vnf_package_csar/TOSCA-Metadata/TOSCA.meta",
            "tacker/samples/etsi_getting_started/tosca/sample_vnf_package_csar/Definitions/sample_vnfd_top.yaml",
            "tacker/samples/practical_vnf_package/Definitions/Node.yaml",
            "tacker/samples/tests/functional/sol_v2_common/basic_lcms_max/contents/Definitions/v2_sample1_top.vnfd.yaml",
            "tacker/samples/free5gc/vnf/sample_free5gc_vnf_package/Definitions/sample_free5gc_top.vnfd.yaml",
            "tacker/samples/mgmt_driver/kubernetes/kubernetes_vnf_package/Definitions/sample_kubernetes_top.vnfd.yaml",
            "tacker/samples/tests/etc/samples/etsi/nfv/test_csar_utils_data/sample_vnfpkg_no_meta_single_vnfd/vnfd_helloworld_single.yaml",
            "tacker/samples/tests/etc/samples/etsi/nfv/test_cnf_scale/Definitions/helloworld3_top.vnfd.yaml",
            "tacker/samples/tests/etc/samples/etsi/nfv/vnflcm3/Definitions/helloworld3.vnfd.tosca.yaml",
            "tacker/samples/tests/etc/samples/etsi/nfv/test_csar_utils_data/csar_without_policies/Definitions/main_tosca.yaml",
            "cloudnet-tosca-toolbox/examples/TOSCA_1.3_NFV_Topology/TopologyNSD.yaml",
            "cloudnet-tosca-toolbox/examples/TOSCA_1.3_NFV_Topology/TopologyVNFD.yaml",
            "etsi-sol006/example-data/complex-vnfd.xml",
            "etsi-sol006/example-data/nfv.xml",
            "etsi-sol006/example-data/nfv-nsd.xml",
            "etsi-sol006/example-data/nfv-pnfd.xml",
            "etsi-sol006/example-data/nfv-vnfd.xml");

    /**
     * Valid files whose package the corpus carries only in part: Tacker's multi_flavour_deployment flavour file
     * (kept as the valid twin of an invalid one) lacks its top-level VNFD and the node-type file defining its VNF
     * type; the type is inferred from its substitution_mappings.
     */
    static final List<String> INCOMPLETE_PACKAGES = List.of(
            "tacker/samples/tests/etc/samples/etsi/nfv/multi_flavour_deployment/Definitions/helloworld3_df_simple.yaml");

    /** What each invalid file's rejection must say (beside a line number). */
    static final Map<String, String> INVALID = Map.ofEntries(
            Map.entry("csar_without_instantiation_level/Definitions/main_tosca.yaml", "expected a policy of type tosca.policies.nfv.InstantiationLevels"),
            Map.entry("csar_without_instantiation_level/Definitions/tosca_with_vdus.yaml", "expected a policy of type tosca.policies.nfv.InstantiationLevels"),
            Map.entry("csar_invalid_instantiation_level/Definitions/main_tosca.yaml", "level 'instantiation_level_3' is not defined"),
            Map.entry("csar_invalid_instantiation_level/Definitions/tosca_with_vdus.yaml", "level 'instantiation_level_3' is not defined"),
            Map.entry("csar_with_invalid_default_instantiation_level/Definitions/main_tosca.yaml", "default level 'instantiation_level_3' is not one of"),
            Map.entry("csar_with_invalid_default_instantiation_level/Definitions/tosca_with_vdus.yaml", "default level 'instantiation_level_3' is not one of"),
            Map.entry("csar_with_multiple_sw_image_data/Definitions/main_tosca.yaml", "more than one artifact of type tosca.artifacts.nfv.SwImage"),
            Map.entry("csar_with_multiple_sw_image_data/Definitions/tosca_with_vdus.yaml", "more than one artifact of type tosca.artifacts.nfv.SwImage"),
            Map.entry("csar_without_vnfd_info/Definitions/main_tosca.yaml", "lacks the mandatory SOL001 VNF properties"),
            Map.entry("csar_without_vnfd_info/Definitions/tosca_with_vdus.yaml", "in main_tosca.yaml, the top-level VNFD that imports this deployment flavour: VNF 'VNF' lacks the mandatory SOL001 VNF properties"),
            Map.entry("csar_without_flavour_info/Definitions/main_tosca.yaml", "has no flavour_id"),
            Map.entry("csar_without_flavour_info/Definitions/tosca_with_vdus.yaml", "has no flavour_id"),
            Map.entry("multi_flavour_deployment_invalid/Definitions/helloworld3_df_simple.yaml", "is an absolute path outside the package"),
            Map.entry("ut_sample1_df_simple_error.yaml", "expected policies as a list"),
            Map.entry("duplicate_map_key.yaml", "duplicate key 'description'"),
            Map.entry("missed_quote_error.yaml", "YAML syntax"),
            Map.entry("incorrect_indentation_in_mapping.yaml", "YAML syntax"),
            Map.entry("tosca_generate_hot_from_tosca_parser_error.yaml", "missing required property 'vdu_profile'"),
            Map.entry("tosca_params_error.yaml", "YAML syntax"));

    enum Expected { IMPORTS, ONLY_IMPORTED, INCOMPLETE_PACKAGE, INVALID, LEGACY }

    record CorpusFile(String path, Expected expected) {
        String source() {
            return path.substring(0, path.indexOf('/'));
        }

        @Override
        public String toString() {
            return expected + " " + path;
        }
    }

    static Stream<CorpusFile> corpusFiles() throws IOException {
        List<String> sources = List.of("tacker", "cloudnet-tosca-toolbox", "etsi-sol006", "osm-charmed-5gcore");
        List<CorpusFile> files = new java.util.ArrayList<>();
        for (String source : sources) {
            try (Stream<Path> walk = Files.walk(CORPUS.resolve(source))) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                    String path = CORPUS.relativize(file).toString().replace('\\', '/');
                    Expected expected = path.contains("/invalid/") ? Expected.INVALID
                            : source.equals("osm-charmed-5gcore") ? Expected.LEGACY
                            : ENTRY_POINTS.contains(path) ? Expected.IMPORTS
                            : INCOMPLETE_PACKAGES.contains(path) ? Expected.INCOMPLETE_PACKAGE : Expected.ONLY_IMPORTED;
                    files.add(new CorpusFile(path, expected));
                });
            }
        }
        return files.stream();
    }

    private InventoryImporter importer;

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
        importer = new InventoryImporter(neo4j.driver(), null, new GraphGate());
    }

    static InventoryFormat formatFor(InputFile file) {
        InventoryFormat sol001 = new Sol001Format(List.of(TACKER_CSAR_COMMON));
        InventoryFormat sol006 = new Sol006Format();
        if (sol001.recognizes(file)) {
            return sol001;
        }
        return sol006.recognizes(file) ? sol006 : sol001;
    }

    static InputFile read(String path) throws IOException {
        Path file = CORPUS.resolve(path);
        return new InputFile(file.toString(), Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyCorpusFileHasItsOutcome(CorpusFile corpusFile) throws Exception {
        InputFile file = read(corpusFile.path());
        InventoryFormat format = formatFor(file);
        switch (corpusFile.expected()) {
            case IMPORTS -> {
                assertThat(format.recognizes(file)).as("recognised").isTrue();
                Translation translation = format.translate(file);
                ImportReport report = importer.importTree(file.name(), translation.inventory(),
                        InventoryImporter.sha256(file.text()));
                assertThat(report.counts().get("functions")).isPositive();
                assertThat(translation.coverage()).isNotEmpty();
            }
            case ONLY_IMPORTED -> {
                Translation translation = format.translate(file);
                assertThat(new TranslatedInventory(translation).ids("functions")).as("nothing of its own").isEmpty();
                assertThat(translation.coverage()).singleElement().satisfies(line -> {
                    assertThat(line.outcome()).isEqualTo(Translation.Outcome.SKIPPED);
                    assertThat(line.line()).isPositive();
                    assertThat(line.detail()).containsAnyOf("defines types only", "deployment-flavour file")
                            .endsWith("nothing to translate on its own");
                });
                ImportReport report = importer.importTree(file.name(), translation.inventory(),
                        InventoryImporter.sha256(file.text()));
                assertThat(report.counts().values()).allMatch(count -> count == 0);
                assertThat(importedByAnEntryPoint(file) || isBundled(file))
                        .as("imported by an entry point, or a copy of a bundled SOL001 type file").isTrue();
            }
            case INCOMPLETE_PACKAGE -> {
                Translation translation = format.translate(file);
                assertThat(new TranslatedInventory(translation).ids("functions")).as("nothing of its own").isEmpty();
                assertThat(translation.coverage()).extracting(Translation.Coverage::outcome, Translation.Coverage::detail)
                        .anySatisfy(line -> assertThat(line.toList()).containsExactly(Translation.Outcome.MAPPED,
                                "node type company.provider.VNF is defined neither in this file nor in its imports: "
                                + "its node templates [VNF] are read as tosca.nodes.nfv.VNF, the type inferred from "
                                + "substitution_mappings (SOL001: the node type a VNFD deployment flavour substitutes "
                                + "is VNF-specific, and etsi_nfv_sol001_vnfd_types.yaml defines tosca.nodes.nfv.VNF as "
                                + "the generic abstract type from which all VNF specific node types shall be derived)"))
                        .anySatisfy(line -> assertThat(line.toList().get(1).toString()).contains(
                                "deployment-flavour file (flavour 'simple' of company.provider.VNF) without its "
                                + "top-level VNFD"));
                ImportReport report = importer.importTree(file.name(), translation.inventory(),
                        InventoryImporter.sha256(file.text()));
                assertThat(report.counts().values()).allMatch(count -> count == 0);
            }
            case INVALID -> {
                TranslationException rejected = catchThrowableOfType(TranslationException.class,
                        () -> format.translate(file));
                assertThat(rejected).as("rejected").isNotNull();
                String expected = INVALID.entrySet().stream().filter(e -> corpusFile.path().endsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElseThrow();
                assertThat(rejected.problems()).anySatisfy(problem -> {
                    assertThat(problem.line()).isPositive();
                    assertThat(problem.message()).contains(expected);
                });
            }
            case LEGACY -> {
                assertThat(format.recognizes(file)).as("recognised").isTrue();
                TranslationException refused = catchThrowableOfType(TranslationException.class,
                        () -> format.translate(file));
                assertThat(refused.getMessage()).contains("legacy OSM information model", "osm package-translate");
                assertThat(refused.problems().get(0).line()).isEqualTo(17);
            }
        }
    }

    @Test
    void aPackageFolderTranslatesItsEntryOnceAndReadsTheRestAsPartOfIt() throws Exception {
        Path csar = CORPUS.resolve("tacker/samples/etsi_getting_started/tosca/sample_vnf_package_csar");
        FormatImporter unit = new FormatImporter(importer, Formats.standard());

        UnitReport report = unit.importPaths(List.of(csar), null);

        assertThat(report.files()).extracting(FileReport::file)
                .containsExactly(csar.resolve("TOSCA-Metadata/TOSCA.meta").toString());
        assertThat(report.counts()).containsEntry("functions", 1);
        assertThat(report.skipped()).extracting(SkippedFile::file).containsExactlyInAnyOrder(
                csar.resolve("Definitions/sample_vnfd_df_simple.yaml").toString(),
                csar.resolve("Definitions/sample_vnfd_top.yaml").toString(),
                csar.resolve("Definitions/sample_vnfd_types.yaml").toString());
        assertThat(report.skipped()).allSatisfy(skipped -> assertThat(skipped.reason())
                .startsWith("read and translated as part of " + csar)
                .endsWith("which uses it; not translated again on its own"));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aZippedCsarResolvesItsImportsInsideTheArchive(@TempDir Path temp) throws Exception {
        Path folder = CORPUS.resolve("tacker/samples/etsi_getting_started/tosca/sample_vnf_package_csar");
        Path csar = temp.resolve("sample_vnf_package.csar");
        try (Stream<Path> walk = Files.walk(folder);
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(csar))) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        FormatImporter unit = new FormatImporter(importer, Formats.standard());

        UnitReport report = unit.importPaths(List.of(csar), null);

        String archive = csar.toString().replace('\\', '/') + "!/";
        assertThat(report.files()).extracting(FileReport::file).containsExactly(archive + "TOSCA-Metadata/TOSCA.meta");
        assertThat(report.counts()).containsEntry("functions", 1).containsEntry("resources", 1);
        assertThat(report.files().get(0).coverage()).extracting(Translation.Coverage::detail).contains(
                "imported from " + archive + "Definitions/sample_vnfd_types.yaml",
                "imported from " + archive + "Definitions/sample_vnfd_df_simple.yaml");
        assertThat(report.skipped()).extracting(SkippedFile::file).containsExactlyInAnyOrder(
                archive + "Definitions/sample_vnfd_df_simple.yaml", archive + "Definitions/sample_vnfd_top.yaml",
                archive + "Definitions/sample_vnfd_types.yaml");
        assertThat(report.skipped()).allSatisfy(skipped -> assertThat(skipped.reason())
                .startsWith("read and translated as part of " + archive));
        // the same function and VDU as the package folder gives
        neo4j.clear();
        UnitReport fromFolder = new FormatImporter(importer, Formats.standard()).importPaths(List.of(folder), null);
        assertThat(report.files().get(0).coverage()).extracting(Translation.Coverage::line, Translation.Coverage::path,
                Translation.Coverage::outcome).containsExactlyElementsOf(fromFolder.files().get(0).coverage().stream()
                .map(line -> tuple(line.line(), line.path(), line.outcome())).toList());
    }

    /** Whether the file is byte for byte one of the SOL001 type files bundled with the importer. */
    private static boolean isBundled(InputFile file) throws IOException {
        String name = Path.of(file.name()).getFileName().toString();
        for (String version : List.of("v2.6.1", "v2.7.1", "v3.3.1")) {
            try (var in = Sol001Format.class.getResourceAsStream("/demarc/importer/tosca/sol001/" + version + "/" + name)) {
                if (in != null && java.util.Arrays.equals(in.readAllBytes(), file.content())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some entry point of the corpus loads this file (its coverage lists it as imported). */
    private static boolean importedByAnEntryPoint(InputFile file) throws Exception {
        Path target = Path.of(file.name()).toAbsolutePath().normalize();
        for (String entry : ENTRY_POINTS) {
            InputFile entryFile = read(entry);
            InventoryFormat format = formatFor(entryFile);
            if (!(format instanceof Sol001Format)) {
                continue;
            }
            for (Translation.Coverage line : format.translate(entryFile).coverage()) {
                if (line.detail().equals("imported from " + target)) {
                    return true;
                }
            }
        }
        return false;
    }
}
