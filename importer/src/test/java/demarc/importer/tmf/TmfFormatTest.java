package demarc.importer.tmf;

import static demarc.importer.translated.TranslatedTrees.coverage;
import static demarc.importer.translated.TranslatedTrees.document;
import static demarc.importer.translated.TranslatedTrees.entry;
import static demarc.importer.translated.TranslatedTrees.file;
import static demarc.importer.translated.TranslatedTrees.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.testsupport.EmbeddedNeo4j;

/** Field-level mapping of TMF639 resources, TMF638 services and their events (docs/formats/tmf.md). */
class TmfFormatTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String V5_LIST = """
            [
              {
                "id": "r1", "name": "Edge router", "@type": "PhysicalResource", "@baseType": "Resource",
                "relatedParty": [
                  {"role": "owner", "partyOrPartyRole": {"id": "p1", "name": "Shinkai Mobile", "@referredType": "Organization"}},
                  {"role": "operator", "partyOrPartyRole": {"id": "p2", "name": "Hoshu Services"}},
                  {"role": "user", "partyOrPartyRole": {"id": "p3", "name": "John Doe"}}
                ],
                "place": [{"role": "installationAddress", "place": {"id": "pl-1", "name": "Otemachi 3F"}}],
                "resourceRelationship": [
                  {"relationshipType": "isHostedBy", "resource": {"id": "r2"}},
                  {"relationshipType": "contains", "resource": {"id": "r-absent"}},
                  {"relationshipType": "isTargeted", "resource": {"id": "r2"}}
                ],
                "resourceCharacteristic": [{"name": "ports", "valueType": "integer", "value": 48}],
                "note": [{"text": "installed 2025"}]
              },
              {"id": "r2", "name": "Host VM", "@type": "VirtualMachine", "@baseType": "Resource"}
            ]
            """;

    private final TmfFormat format = new TmfFormat();

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @Test
    void mapsV5ResourcesWithPartiesPlacesRelationshipsAndCharacteristics() throws Exception {
        InputFile input = file("resources.json", V5_LIST);
        assertThat(format.recognizes(input)).isTrue();
        Translation translation = format.translate(input);

        assertThat(entry(translation, "resources", "tmf:resource:r1")).containsEntry("kind", "equipment")
                .containsEntry("name", "Edge router").containsEntry("owner", "tmf:party:p1")
                .containsEntry("operator", "tmf:party:p2").containsEntry("site", "tmf:place:pl-1")
                .containsEntry("requires", List.of("tmf:resource:r2"));
        assertThat(entry(translation, "resources", "tmf:resource:r1").get("attributes").toString())
                .contains("characteristic.ports=48", "@type=PhysicalResource");
        assertThat(entry(translation, "resources", "tmf:resource:r2")).containsEntry("kind", "vm")
                .containsEntry("owner", "unstated-owner");
        assertThat(entry(translation, "resources", "tmf:place:pl-1")).containsEntry("kind", "site")
                .containsEntry("name", "Otemachi 3F");
        assertThat(entry(translation, "parties", "tmf:party:p1")).containsEntry("name", "Shinkai Mobile")
                .containsEntry("type", "other");
        assertThat(ids(translation, "parties")).containsExactlyInAnyOrder("tmf:party:p1", "tmf:party:p2", "unstated-owner");
        assertThat(coverage(translation))
                .anySatisfy(line -> assertThat(line).startsWith("SKIPPED 7 [0].relatedParty[2]").contains("role 'user'"))
                .anySatisfy(line -> assertThat(line).startsWith("SKIPPED 12 [0].resourceRelationship[1]")
                        .contains("'r-absent'", "not in this file"))
                .anySatisfy(line -> assertThat(line).startsWith("SKIPPED 13 [0].resourceRelationship[2]")
                        .contains("'isTargeted' is not mapped"))
                .anySatisfy(line -> assertThat(line).startsWith("SKIPPED 16 [0].note"))
                .anySatisfy(line -> assertThat(line).startsWith("UNKNOWN 18 [1]").contains("owner of tmf:resource:r2"));

        neo4j.clear();
        ImportReport report = new InventoryImporter(neo4j.driver(), null)
                .importTree(input.name(), translation.inventory(), InventoryImporter.sha256(V5_LIST));
        assertThat(report.counts()).containsEntry("parties", 3).containsEntry("resources", 3);
    }

    @Test
    void readsV4PartiesAndPlacesWithoutTheV5Nesting() throws Exception {
        Translation translation = format.translate(file("v4.json", """
                {"id": "42", "@type": "LogicalResource", "resourceVersion": "1",
                 "relatedParty": [{"id": "o1", "name": "Kumo Cloud", "role": "Owner", "@referredType": "Organization"}],
                 "place": {"id": "s1", "role": "site", "name": "Tokyo 1"}}
                """));

        assertThat(entry(translation, "resources", "tmf:resource:42")).containsEntry("owner", "tmf:party:o1")
                .containsEntry("site", "tmf:place:s1").containsEntry("kind", "equipment");
    }

    @Test
    void mapsTheResourceOfACreateEventAndReportsChangeEventsAndServices() throws Exception {
        Translation created = format.translate(file("event.json", """
                {"eventType": "ResourceCreateEvent", "eventId": "e1",
                 "event": {"resource": {"id": "r9", "@type": "PhysicalResource", "name": "Switch"}}}
                """));
        assertThat(ids(created, "resources")).containsExactly("tmf:resource:r9");

        Translation changed = format.translate(file("change.json", """
                {"eventType": "ResourceStateChangeEvent",
                 "event": {"resource": {"id": "r9", "@type": "PhysicalResource", "operationalState": "disabled"}}}
                """));
        assertThat(document(changed)).doesNotContainKey("resources");
        assertThat(coverage(changed)).anySatisfy(line -> assertThat(line)
                .startsWith("SKIPPED 2 event.resource: ResourceStateChangeEvent carries only what changed"));

        Translation service = format.translate(file("service.json", """
                {"id": "5351", "@type": "Service", "serviceType": "Cloud",
                 "supportingResource": [{"id": "r9", "@referredType": "PhysicalResource"}]}
                """));
        assertThat(document(service)).doesNotContainKeys("resources", "functions");
        assertThat(coverage(service)).containsExactly(
                "SKIPPED 1 $: service '5351' not mapped: the inventory needs its service class and provider, which"
                        + " TMF638 does not state; import it as a hand-written service instead",
                "SKIPPED 2 supportingResource[0]: supportingResource 'r9' of service '5351': not mapped with its service");
    }

    @Test
    void rejectsWhatIsNotAResourceOrService() {
        TranslationException patch = catchThrowableOfType(() -> format.translate(file("patch.json", """
                [{"op": "replace", "path": "/administrativeState", "value": "locked"}]
                """)), TranslationException.class);
        assertThat(patch.getMessage()).isEqualTo("1: [0]: expected a TMF639 Resource or TMF638 Service (an '@type'"
                + " ending in Resource or Service, or resource*/service* fields), found an object with the keys [op, path, value]");

        TranslationException empty = catchThrowableOfType(() -> format.translate(file("event.json", """
                {"eventType": "ResourceCreateEvent", "event": {}}
                """)), TranslationException.class);
        assertThat(empty.getMessage()).isEqualTo(
                "1: event: event 'ResourceCreateEvent' without its payload: expected event.resource or event.service");
    }
}
