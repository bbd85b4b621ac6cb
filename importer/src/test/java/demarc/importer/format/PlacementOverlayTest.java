package demarc.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.inventory.GraphExport;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/** A descriptor plus a placement overlay yields a complete inventory; without one, the report says what is not. */
class PlacementOverlayTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String DESCRIPTOR = """
            toy-descriptor: vnf-a
            vdus:
              - vdu-1
              - vdu-2
            """;
    private static final String HOSTS = """
            inventory: 1
            source: kumo-hosts
            parties:
              - id: kumo
                type: cloud
            resources:
              - id: host-1
                kind: server
                owner: kumo
              - id: tokyo-dc
                kind: site
                owner: kumo
            """;
    private static final String OVERLAY = """
            overlay: 1
            source: acme-placement
            parties:
              - id: acme
                name: Acme Telecom
                type: carrier
            services:
              - id: acme-data
                provider: acme
                class: data
            bind:
              - id: vnf-a
                owner: acme
                roles: [control]
                services: [acme-data]
              - id: vdu-1
                owner: acme
                operator: kumo
                site: tokyo-dc
                country: JP
                requires: [host-1]
            """;

    @TempDir
    Path temp;

    private FormatImporter importer;

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void emptyGraph() throws Exception {
        neo4j.clear();
        importer = new FormatImporter(new InventoryImporter(neo4j.driver(), null, new GraphGate()), new Formats(List.of(
                new NativeInventoryFormat(), new PlacementOverlayFormat(), new CsvFormat(), new ToyDescriptorFormat())));
        importer.importFile(file("hosts.yaml", HOSTS), null);
    }

    @Test
    void withoutAnOverlayADescriptorImportsAndTheReportListsWhatStaysUnknown() throws Exception {
        UnitReport report = importer.importFile(file("vnf.yaml", DESCRIPTOR), null);

        assertThat(report.unknown()).containsExactly(
                "vnf.yaml: functions[0] 'vnf-a': owner not stated (placeholder unstated-owner)",
                "vnf.yaml: resources[0] 'vdu-1': owner not stated (placeholder unstated-owner)",
                "vnf.yaml: resources[1] 'vdu-2': owner not stated (placeholder unstated-owner)");
        assertThat(report.files().get(0).coverage()).extracting(Coverage::outcome).containsOnly(Outcome.UNKNOWN);
        assertThat(rows("MATCH (e:Element)-[:OWNED_BY]->(:Party {id: 'unstated-owner', type: 'other'}) "
                + "RETURN e.id AS id ORDER BY id")).containsExactly("vdu-1", "vdu-2", "vnf-a");
    }

    @Test
    void anOverlayBindsOwnersHostsPlacesAndServicesOfTheDescriptorsElements() throws Exception {
        Path unit = unit(OVERLAY);

        UnitReport report = importer.importPaths(List.of(unit), null);

        assertThat(rows("MATCH (e:Element)-[:OWNED_BY]->(p) WHERE e.id STARTS WITH 'v' RETURN e.id + '>' + p.id AS o "
                + "ORDER BY o")).containsExactly("vdu-1>acme", "vdu-2>unstated-owner", "vnf-a>acme");
        assertThat(rows("MATCH (:Element {id: 'vdu-1'})-[r:OPERATED_BY]->(p) RETURN p.id AS p")).containsExactly("kumo");
        assertThat(rows("MATCH (:Element {id: 'vdu-1'})-[:AT_SITE]->(s) RETURN s.id AS s")).containsExactly("tokyo-dc");
        assertThat(rows("MATCH (e:Element {id: 'vdu-1'})-[:REQUIRES]->(h) RETURN e.country + '>' + h.id AS r"))
                .containsExactly("JP>host-1");
        assertThat(rows("MATCH (:Service {id: 'acme-data'})-[:REQUIRES]->(e) RETURN e.id AS id"))
                .containsExactly("vnf-a");
        assertThat(rows("MATCH (e:Element {id: 'vnf-a'}) RETURN e.roles AS roles")).containsExactly("[control]");
        assertThat(rows("MATCH (e:Element {id: 'vdu-1'}) RETURN e.sources AS s"))
                .as("the bound facts belong to the descriptor's source").containsExactly("[" + unit + "/vnf.yaml]");
        assertThat(report.unknown()).containsExactly(
                unit + "/vnf.yaml: resources[1] 'vdu-2': owner not stated (placeholder unstated-owner)");
        FileReport descriptor = report.files().stream().filter(f -> f.format().equals("toy")).findFirst().orElseThrow();
        assertThat(descriptor.coverage()).contains(new Coverage(3, "resources[0]", Outcome.MAPPED,
                "owner, operator, site, country, requires of 'vdu-1' from placement overlay " + unit
                        + "/placement.yaml line 16"));
        FileReport overlay = report.files().stream().filter(f -> f.format().equals("overlay")).findFirst().orElseThrow();
        assertThat(overlay.source()).isEqualTo("acme-placement");
        assertThat(overlay.coverage()).extracting(Coverage::detail).containsExactly(
                "binds 'vnf-a' (functions of " + unit + "/vnf.yaml): owner acme; roles control; services acme-data",
                "binds 'vdu-1' (resources of " + unit + "/vnf.yaml): owner acme; operator kumo; site tokyo-dc; "
                        + "country JP; requires host-1");
    }

    @Test
    void whenEverythingIsBoundThePlaceholderPartyIsNotWritten() throws Exception {
        Path unit = unit(OVERLAY + """
                  - id: vdu-2
                    owner: acme
                """);

        UnitReport report = importer.importPaths(List.of(unit), null);

        assertThat(report.unknown()).isEmpty();
        assertThat(rows("MATCH (p:Party {id: 'unstated-owner'}) RETURN count(p) AS n")).containsExactly("0");
    }

    @Test
    void aBindingThatOnlyNamesServicesAddsNoLineToTheElementsCoverage() throws Exception {
        Path unit = unit(OVERLAY + """
                  - id: vdu-2
                    services: [acme-data]
                """);

        UnitReport report = importer.importPaths(List.of(unit), null);

        assertThat(rows("MATCH (:Service {id: 'acme-data'})-[:REQUIRES]->(e) RETURN e.id AS id ORDER BY id"))
                .containsExactly("vdu-2", "vnf-a");
        FileReport descriptor = report.files().stream().filter(f -> f.format().equals("toy")).findFirst().orElseThrow();
        assertThat(descriptor.coverage()).extracting(Coverage::detail)
                .noneMatch(detail -> detail.contains("of 'vdu-2' from placement overlay"));
        FileReport overlay = report.files().stream().filter(f -> f.format().equals("overlay")).findFirst().orElseThrow();
        assertThat(overlay.coverage()).extracting(Coverage::detail)
                .contains("binds 'vdu-2' (resources of " + unit + "/vnf.yaml): services acme-data");
    }

    @Test
    void anElementOnlyTheGraphHoldsIsRestatedUnderTheOverlaysSource() throws Exception {
        importer.importFile(file("vnf.yaml", DESCRIPTOR), null);

        importer.importFile(file("later.yaml", """
                overlay: 1
                source: later-placement
                bind:
                  - id: vdu-2
                    owner: kumo
                    requires: [host-1]
                """), null);

        assertThat(rows("MATCH (e:Element {id: 'vdu-2'})-[:OWNED_BY]->(p) RETURN p.id + ' ' + e.kind AS o"))
                .containsExactly("kumo vm");
        assertThat(rows("MATCH (e:Element {id: 'vdu-2'}) RETURN e.sources AS s"))
                .containsExactly("[vnf.yaml, later-placement]");
    }

    @Test
    void overlayErrorsNameTheOverlaysLinesAndNothingIsWritten() throws Exception {
        List<String> before = GraphExport.of(neo4j.driver());
        Path shape = unit("""
                overlay: 1
                source: bad-placement
                bind:
                  - id: vnf-a
                    owner: acme
                    colour: red
                    roles: [routing]
                  - id: vnf-a
                """);

        InventoryRejectedException shapeErrors = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(shape), null));

        String overlay = shape + "/placement.yaml";
        assertThat(shapeErrors.errors()).extracting(InventoryError::toString).containsExactly(
                overlay + ":6: bind[0].colour: unknown field 'colour' (allowed: id, owner, operator, site, country, "
                        + "prefecture, roles, requires, holdsUserInfo, services)",
                overlay + ":7: bind[0].roles[0]: unknown role a string 'routing' (expected one of: switching, "
                        + "control, virtualization-control, oam, subscriber-management, transmission, compute, "
                        + "storage, support)",
                overlay + ":8: bind[1].id: 'vnf-a' is bound twice (first at line 4)");

        Path references = unit("""
                overlay: 1
                source: bad-placement
                bind:
                  - id: vnf-z
                    owner: kumo
                  - id: vnf-a
                    owner: host-1
                    site: host-1
                    services: [kumo]
                  - id: vdu-2
                    requires: [nowhere]
                """);
        InventoryRejectedException referenceErrors = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importPaths(List.of(references), null));

        String second = references + "/placement.yaml";
        assertThat(referenceErrors.errors()).extracting(InventoryError::toString).containsExactly(
                second + ":4: bind[0].id: unknown id 'vnf-z': no file of this import defines it and the graph does"
                        + " not hold it (expected a function or resource)",
                second + ":7: bind[1].owner: 'host-1' is a resource of kind server, expected a party",
                second + ":8: bind[1].site: 'host-1' is a resource of kind server, expected a resource of kind site",
                second + ":9: bind[1].services: 'kumo' is a party, expected the id of a service",
                second + ":11: bind[2].requires: unknown id 'nowhere' (expected the id of a function or resource)");
        assertThat(GraphExport.of(neo4j.driver())).isEqualTo(before);
    }

    /** A unit directory with the toy descriptor and {@code overlay} as placement.yaml. */
    private Path unit(String overlay) throws IOException {
        Path dir = Files.createTempDirectory(temp, "unit");
        Files.writeString(dir.resolve("vnf.yaml"), DESCRIPTOR);
        Files.writeString(dir.resolve("placement.yaml"), overlay);
        return dir;
    }

    private static InputFile file(String name, String content) {
        return new InputFile(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> rows(String query) {
        try (var session = neo4j.driver().session()) {
            return session.run(query).list(row -> row.get(0).toString().replace("\"", ""));
        }
    }
}
