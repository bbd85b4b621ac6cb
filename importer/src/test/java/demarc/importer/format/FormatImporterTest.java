package demarc.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import demarc.importer.format.Translation.Outcome;
import demarc.importer.inventory.GraphExport;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/** Units of files, directories and zips imported into a real Neo4j: all or nothing, across files, reported. */
class FormatImporterTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String PARTIES_CSV = """
            id,name,type,country
            acme,Acme Telecom,carrier,JP
            kumo,Kumo Cloud,cloud,JP
            """;
    private static final String FUNCTIONS_CSV = """
            id,kind,roles,owner,operator,requires
            acme-sbc,vnf,switching,acme,,vm-a|vm-b
            acme-hss,vnf,subscriber-management,acme,kumo,vm-a
            """;
    private static final String RESOURCES_CSV = """
            id,kind,owner,country,prefecture
            vm-a,vm,kumo,JP,Tokyo
            vm-b,vm,kumo,JP,Osaka
            """;
    private static final String SERVICES_YAML = """
            inventory: 1
            source: acme-services
            services:
              - id: acme-voice
                provider: acme
                class: ip-phone-050
                requires: [acme-sbc, acme-hss]
            """;

    private static final String FORMATS = Formats.standard().ids();

    @TempDir
    Path temp;

    private FormatImporter importer;

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
        importer = new FormatImporter(new InventoryImporter(neo4j.driver(), null, new GraphGate()), Formats.standard());
    }

    @Test
    void aDirectoryIsOneUnitWhoseReferencesResolveAcrossItsFiles() throws Exception {
        Path network = network("network");

        UnitReport report = importer.importPaths(List.of(network), null);

        assertThat(report.files()).extracting(FileReport::file, FileReport::format, FileReport::source)
                .containsExactly(
                        tuple(network + "/functions.csv", "csv", network + "/functions.csv"),
                        tuple(network + "/notes/services.yaml", "inventory", "acme-services"),
                        tuple(network + "/parties.csv", "csv", network + "/parties.csv"),
                        tuple(network + "/resources.csv", "csv", network + "/resources.csv"));
        assertThat(report.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.file()).isEqualTo(network + "/README.md");
            assertThat(skipped.reason()).isEqualTo("no format recognises it (formats: " + FORMATS + ")");
        });
        assertThat(report.counts()).containsEntry("parties", 2).containsEntry("functions", 2)
                .containsEntry("resources", 2).containsEntry("services", 1);
        assertThat(report.source()).as("several documents, several sources").isNull();
        // functions.csv is written before parties.csv: its owners must exist by then all the same
        assertThat(rows("MATCH (e:Element)-[:OWNED_BY]->(p) RETURN e.id + '>' + p.id AS owned ORDER BY owned"))
                .containsExactly("acme-hss>acme", "acme-sbc>acme", "vm-a>kumo", "vm-b>kumo");
        assertThat(rows("MATCH (:Service {id: 'acme-voice'})-[:REQUIRES]->(e) RETURN e.id AS id ORDER BY id"))
                .containsExactly("acme-hss", "acme-sbc");
        assertThat(rows("MATCH (e:Element {id: 'acme-sbc'})-[r:REQUIRES]->(v) RETURN v.id + ':' + r.anyOf AS r "
                + "ORDER BY r")).containsExactly("vm-a:true", "vm-b:true");
        assertThat(rows("MATCH (s:Source) RETURN s.id AS id")).containsExactlyInAnyOrder("acme-services",
                network + "/functions.csv", network + "/parties.csv", network + "/resources.csv");
    }

    @Test
    void aUnitWithOneBadFileWritesNothing() throws Exception {
        importer.importPaths(List.of(network("before")), null);
        List<String> before = GraphExport.of(neo4j.driver());
        Path unit = Files.createDirectories(temp.resolve("unit"));
        write(unit, "a-good.yaml", """
                inventory: 1
                source: good
                functions:
                  - id: acme-pcrf
                    kind: vnf
                    owner: acme
                """);
        write(unit, "b-bad.yaml", """
                inventory: 1
                source: bad
                functions:
                  - id: acme-mme
                    kind: vnf
                    owner: nobody
                """);

        InventoryRejectedException rejected = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(unit), null));

        assertThat(rejected.errors()).extracting(InventoryError::toString).containsExactly(
                unit + "/b-bad.yaml:6: functions[0].owner: unknown id 'nobody' (expected the id of a party)");
        assertThat(GraphExport.of(neo4j.driver())).isEqualTo(before);
    }

    @Test
    void aRequiresCycleThroughTwoFilesIsAnError() throws Exception {
        Path unit = Files.createDirectories(temp.resolve("cycle"));
        write(unit, "a.yaml", """
                inventory: 1
                source: a
                parties: [{id: acme, type: carrier}]
                functions:
                  - {id: fa, kind: vnf, owner: acme, requires: [fb]}
                """);
        write(unit, "b.yaml", """
                inventory: 1
                source: b
                functions:
                  - {id: fb, kind: vnf, owner: acme, requires: [fa]}
                """);

        InventoryRejectedException rejected = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(unit), null));

        assertThat(rejected.errors()).extracting(InventoryError::toString).containsExactly(unit + "/b.yaml:4: "
                + "functions[0].requires[0]: requires cycle across the files of the import (" + unit + "/b.yaml, "
                + unit + "/a.yaml): fa -> fb -> fa");
    }

    @Test
    void reimportingAUnitReplacesWhatEachOfItsSourcesSaidAndIsIdempotent() throws Exception {
        Path network = network("network");
        importer.importPaths(List.of(network), null);
        List<String> first = GraphExport.of(neo4j.driver());

        importer.importPaths(List.of(network), null);
        assertThat(GraphExport.of(neo4j.driver())).isEqualTo(first);

        write(network, "functions.csv", FUNCTIONS_CSV.lines().limit(2).map(line -> line + "\n")
                .reduce("", String::concat));
        write(network.resolve("notes"), "services.yaml", SERVICES_YAML.replace(", acme-hss", ""));
        UnitReport again = importer.importPaths(List.of(network), null);

        assertThat(again.removed()).containsEntry("nodes", 1);
        assertThat(rows("MATCH (e:Function) RETURN e.id AS id")).containsExactly("acme-sbc");
    }

    @Test
    void aZipIsOneUnitReadSafely() throws Exception {
        byte[] zip = zip(Map.of("net/parties.csv", PARTIES_CSV, "net/resources.csv", RESOURCES_CSV,
                "net/functions.csv", FUNCTIONS_CSV, "net/notes.txt", "nothing to see",
                "net/inner.zip", new String(zip(Map.of("x.csv", "id\n")), StandardCharsets.ISO_8859_1)));

        UnitReport report = importer.importFile(new InputFile("upload.zip", zip), null);

        assertThat(report.files()).extracting(FileReport::file).containsExactlyInAnyOrder(
                "upload.zip!/net/parties.csv", "upload.zip!/net/resources.csv", "upload.zip!/net/functions.csv");
        assertThat(report.skipped()).extracting(SkippedFile::file, SkippedFile::reason).containsExactlyInAnyOrder(
                tuple("upload.zip!/net/notes.txt", "no format recognises it (formats: " + FORMATS + ")"),
                tuple("upload.zip!/net/inner.zip", "an archive inside an archive is not opened"));
        assertThat(rows("MATCH (e:Element) RETURN e.id AS id ORDER BY id"))
                .containsExactly("acme-hss", "acme-sbc", "vm-a", "vm-b");

        neo4j.clear();
        InventoryRejectedException traversal = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importFile(new InputFile("evil.zip",
                        zip(Map.of("parties.csv", PARTIES_CSV, "../../etc/functions.csv", FUNCTIONS_CSV))), null));
        assertThat(traversal.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("evil.zip");
            assertThat(error.message()).startsWith("unsafe entry path '../../etc/functions.csv'");
        });
        assertThat(rows("MATCH (n) RETURN count(n) AS n")).containsExactly("0");
    }

    @Test
    void aNamedFileNoFormatReadsIsAnErrorAndSoIsADirectoryWithNothingToImport() throws Exception {
        Path readme = write(temp, "README.md", "# notes\n");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        write(empty, "notes.txt", "nothing\n");

        InventoryRejectedException named = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(readme), null));
        InventoryRejectedException nothing = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(empty), null));

        assertThat(named.getMessage()).isEqualTo(readme + ":1: $: no format recognises it (formats: " + FORMATS + ")");
        assertThat(nothing.getMessage()).isEqualTo(empty + ":1: $: nothing to import: none of its 1 files is in "
                + "a format demarc reads (formats: " + FORMATS + ")");
    }

    @Test
    void aForcedFormatTranslatesANamedFileAndSkipsTheOthersOfADirectory() throws Exception {
        Path dir = network("forced");
        Path services = dir.resolve("notes/services.yaml");

        InventoryRejectedException asOverlay = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(services), "overlay"));
        UnitReport csvOnly = importer.importPaths(List.of(dir), "csv");

        assertThat(asOverlay.errors()).extracting(InventoryError::toString).contains(
                services + ":1: inventory: unknown field 'inventory' (allowed: overlay, source, asOf, parties, "
                        + "services, resources, bind)",
                services + ":1: overlay: missing required field 'overlay' (the overlay format version, 1)");
        assertThat(csvOnly.files()).extracting(FileReport::format).containsOnly("csv").hasSize(3);
        assertThat(csvOnly.skipped()).extracting(SkippedFile::reason).containsOnly("not recognised as csv");
    }

    @Test
    void csvErrorsNameTheFileTheLineAndTheColumn() throws Exception {
        Path dir = network("broken");
        write(dir, "functions.csv", """
                id,kind,owner,holdsUserInfo
                acme-sbc,vnf,acme,yes
                acme-hss,vnf,nobody,
                """);

        InventoryRejectedException rejected = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(dir), null));

        assertThat(rejected.errors()).extracting(InventoryError::toString).containsExactly(
                dir + "/functions.csv:2: column 'holdsUserInfo': expected true or false, found a string 'yes'",
                dir + "/functions.csv:3: column 'owner': unknown id 'nobody' (expected the id of a party)");
    }

    @Test
    void theReportListsEveryFileWithItsCoverage() throws Exception {
        Path network = network("network");

        String summary = importer.importPaths(List.of(network), null).summary();

        assertThat(summary).startsWith("Imported 4 files as one unit from " + network + " in ")
                .contains(network + "/functions.csv [csv] (source " + network + "/functions.csv): 2 functions, ",
                        "  mapped   2: functions[0]: functions 'acme-sbc'",
                        network + "/notes/services.yaml [inventory] (source acme-services): 1 services",
                        "  mapped   3: services: 1 services entries, as written",
                        "Skipped files (1):\n  - " + network + "/README.md: no format recognises it");
        UnitReport report = importer.importPaths(List.of(network), null);
        assertThat(report.files().get(0).coverage()).extracting(Translation.Coverage::outcome)
                .containsOnly(Outcome.MAPPED).hasSize(2);
    }

    /** A small network in CSV and YAML under {@code temp/name}, with a file no format reads. */
    private Path network(String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        write(dir, "parties.csv", PARTIES_CSV);
        write(dir, "functions.csv", FUNCTIONS_CSV);
        write(dir, "resources.csv", RESOURCES_CSV);
        write(Files.createDirectories(dir.resolve("notes")), "services.yaml", SERVICES_YAML);
        write(dir, "README.md", "# The Acme network\n");
        return dir;
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(entry.getKey().endsWith(".zip")
                        ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> rows(String query) {
        try (var session = neo4j.driver().session()) {
            return session.run(query).list(row -> row.get(0).toString().replace("\"", ""));
        }
    }
}
