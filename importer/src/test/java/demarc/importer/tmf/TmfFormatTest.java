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
import demarc.model.gate.GraphGate;
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
        ImportReport report = new InventoryImporter(neo4j.driver(), null, new GraphGate())
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

    }

    @Test
    void mapsServicesWithTheirProviderAndWhatSupportsThemAndSaysTheClassIsAPlaceholder() throws Exception {
        String json = """
                [
                  {"id": "5351", "name": "vCPE serial 1355615", "@type": "Service", "serviceType": "Cloud", "category": "CFS",
                   "supportingResource": [{"id": "r9", "@referredType": "PhysicalResource"}, {"id": "r-elsewhere"}],
                   "supportingService": [{"id": "5885", "@referredType": "Service"}],
                   "relatedParty": [{"role": "Provider", "partyOrPartyRole": {"id": "p1", "name": "Shinkai Mobile"}},
                                    {"role": "user", "partyOrPartyRole": {"id": "456", "name": "John Doe"}}],
                   "note": [{"text": "installed"}]},
                  {"id": "5885", "@type": "Service", "supportingResource": [{"id": "r10"}],
                   "supportingService": [{"id": "6000"}]},
                  {"id": "6000", "@type": "Service", "supportingResource": [{"id": "r11"}]},
                  {"id": "r9", "@type": "PhysicalResource", "name": "Switch"},
                  {"id": "r10", "@type": "VirtualMachine", "@baseType": "Resource"},
                  {"id": "r11", "@type": "Server", "@baseType": "Resource"}
                ]
                """;
        Translation translation = format.translate(file("services.json", json));

        assertThat(entry(translation, "services", "tmf:service:5351")).containsEntry("name", "vCPE serial 1355615")
                .containsEntry("provider", "tmf:party:p1").containsEntry("class", "data")
                .containsEntry("requires", List.of("tmf:resource:r9", "tmf:resource:r10", "tmf:resource:r11"));
        assertThat(entry(translation, "services", "tmf:service:5885")).containsEntry("provider", "unstated-owner")
                .containsEntry("requires", List.of("tmf:resource:r10", "tmf:resource:r11"));
        assertThat(entry(translation, "parties", "tmf:party:p1")).containsEntry("name", "Shinkai Mobile");
        assertThat(coverage(translation)).contains(
                "MAPPED 2 [0]: service '5351' -> service tmf:service:5351; its serviceType 'Cloud' and category 'CFS' "
                        + "are the operator's own words, not a service class",
                "SKIPPED 2 [0]: fields [@type, serviceType, category] of service tmf:service:5351 are not mapped: an "
                        + "inventory service has no attributes",
                "UNKNOWN 2 [0]: service class of tmf:service:5351 not stated in the source: 'data' written as a "
                        + "placeholder; set the class with an overlay or a hand-written service",
                "MAPPED 3 [0].supportingResource[0]: supporting resource -> service tmf:service:5351 requires "
                        + "tmf:resource:r9",
                "SKIPPED 3 [0].supportingResource[1]: supporting resource 'r-elsewhere' of service tmf:service:5351: "
                        + "not in this file (requirements are mapped between entries of the same file)",
                "MAPPED 4 [0].supportingService[0]: supporting service '5885' of service tmf:service:5351 -> "
                        + "tmf:service:5351 requires what tmf:service:5885 requires [tmf:resource:r10, tmf:resource:r11] "
                        + "(an inventory service requires elements, not services)",
                "MAPPED 5 [0].relatedParty[0]: related party 'p1' (Provider) -> party tmf:party:p1 (other), provider "
                        + "of tmf:service:5351",
                "SKIPPED 6 [0].relatedParty[1]: related party with role 'user': only the role provider (with a party "
                        + "id) is mapped for a service",
                "SKIPPED 7 [0].note: 'note' of service tmf:service:5351 is not mapped: the inventory has no "
                        + "counterpart for it",
                "UNKNOWN 8 [1]: provider of service tmf:service:5885 not stated in the source: 'unstated-owner' stands in for it");

        neo4j.clear();
        ImportReport report = new InventoryImporter(neo4j.driver(), null, new GraphGate())
                .importTree("services.json", translation.inventory(), InventoryImporter.sha256(json));
        assertThat(report.counts()).containsEntry("services", 3).containsEntry("resources", 3);
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
