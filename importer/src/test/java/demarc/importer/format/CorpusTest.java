package demarc.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Every file of the vendored corpus ({@code ../corpus}, sources in its MANIFEST.md) against its expected outcome
 * in {@code corpus/EXPECTED.tsv}: imports (recognised by the named format and imported into an empty graph),
 * rejected (recognised, and refused with errors that name the file and a line) or unrecognised (no format of
 * {@link Formats#standard()} claims it). A new format changes its files' rows from unrecognised to what it does.
 */
class CorpusTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static final Path CORPUS = Path.of("..", "corpus");
    private static final Path TABLE = CORPUS.resolve("EXPECTED.tsv");
    /**
     * Tacker's test_csar_utils_data packages import helloworld3_types.yaml, which Tacker's tests copy into each of
     * them from this folder (corpus/MANIFEST.md, "Import resolution"): given as {@code --types} for those files.
     */
    static final String TACKER_CSAR_PACKAGES = "/etsi/nfv/test_csar_utils_data/";
    static final Path TACKER_CSAR_COMMON = CORPUS.resolve(
            "tacker/samples/tests/etc/samples/etsi/nfv/test_csar_utils_data/test_csar_utils_common/Definitions");

    /** One row of the table. */
    record Expectation(String path, String outcome, String format, String note) {
        @Override
        public String toString() {
            return path + " → " + outcome + (format.isEmpty() ? "" : " (" + format + ")");
        }
    }

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(TABLE);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("path\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertThat(cells).as("EXPECTED.tsv line %d: path, outcome, format, note", i + 1).hasSize(4);
            assertThat(cells[1]).as("EXPECTED.tsv line %d: outcome", i + 1)
                    .isIn("imports", "rejected", "unrecognised");
            rows.add(new Expectation(cells[0], cells[1], cells[2], cells[3]));
        }
        return rows;
    }

    @Test
    void everyCorpusFileHasExactlyOneRow() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            walk.filter(Files::isRegularFile).filter(file -> !file.equals(TABLE))
                    .forEach(file -> files.add(CORPUS.relativize(file).toString().replace('\\', '/')));
        }
        List<String> listed = expectations().stream().map(Expectation::path).filter(p -> !p.endsWith("/")).toList();

        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).isEqualTo(files);
        expectations().stream().filter(row -> row.path().endsWith("/"))
                .forEach(row -> assertThat(CORPUS.resolve(row.path())).as(row.path()).isDirectory());
    }

    /** The counts line of EXPECTED.tsv (quoted in docs/formats.md) says what the rows say. */
    @Test
    void theCountsLineMatchesTheRows() throws IOException {
        String counts = Files.readAllLines(TABLE).stream().filter(line -> line.startsWith("# counts: ")).findFirst()
                .orElseThrow();
        List<Expectation> rows = expectations();
        List<Expectation> documentation = rows.stream().filter(row -> !row.path().contains("/")).toList();
        List<Expectation> invalid = rows.stream().filter(row -> row.path().contains("invalid/")).toList();
        List<Expectation> valid = rows.stream().filter(row -> row.path().contains("/"))
                .filter(row -> !row.path().contains("invalid/")).toList();
        long validImported = valid.stream().filter(row -> row.outcome().equals("imports")).count();
        long invalidRejected = invalid.stream().filter(row -> row.outcome().equals("rejected")).count();
        long invalidUnrecognised = invalid.stream().filter(row -> row.outcome().equals("unrecognised")).count();

        assertThat(counts).isEqualTo("# counts: valid " + validImported + "/" + valid.size() + " import, invalid "
                + (invalidRejected + invalidUnrecognised) + "/" + invalid.size() + " refused (" + invalidRejected
                + " rejected with a line, " + invalidUnrecognised + " unrecognised), documentation "
                + documentation.size() + " unrecognised");
        assertThat(Files.readString(Path.of("..", "docs", "formats.md")).replaceAll("\\s+", " "))
                .as("docs/formats.md quotes the counts").contains(counts.substring("# counts: ".length()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachFileHasItsExpectedOutcome(Expectation row) throws Exception {
        Path path = CORPUS.resolve(row.path());
        Formats formats = row.path().contains(TACKER_CSAR_PACKAGES) ? Formats.standard(List.of(TACKER_CSAR_COMMON))
                : Formats.standard();
        if (!row.path().endsWith("/")) {
            String detected = formats.detect(new InputFile(path.toString(), Files.readAllBytes(path)))
                    .map(InventoryFormat::id).orElse("");
            assertThat(detected).as("%s: the format that recognises it (%s)", row.path(), row.note())
                    .isEqualTo(row.outcome().equals("unrecognised") ? "" : row.format());
            if (row.outcome().equals("unrecognised")) {
                return;
            }
        }
        neo4j.clear();
        FormatImporter importer = new FormatImporter(new InventoryImporter(neo4j.driver(), null, new GraphGate()),
                formats);
        switch (row.outcome()) {
            case "imports" -> assertThat(importer.importPaths(List.of(path), null).files()).as(row.path())
                    .isNotEmpty();
            case "rejected" -> {
                InventoryRejectedException rejected = catchThrowableOfType(InventoryRejectedException.class,
                        () -> importer.importPaths(List.of(path), null));
                assertThat(rejected).as("%s must be rejected", row.path()).isNotNull();
                assertThat(rejected.errors()).allSatisfy(error -> {
                    assertThat(error.file()).startsWith(path.toString().replace('\\', '/'));
                    assertThat(error.line()).isPositive();
                    assertThat(error.message()).isNotBlank();
                });
            }
            default -> assertThat(catchThrowableOfType(InventoryRejectedException.class,
                    () -> importer.importPaths(List.of(path), null)).getMessage())
                    .as("a directory of unrecognised files").contains("nothing to import");
        }
    }
}
