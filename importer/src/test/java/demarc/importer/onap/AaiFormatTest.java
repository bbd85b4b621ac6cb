package demarc.importer.onap;

import static demarc.importer.translated.TranslatedTrees.coverage;
import static demarc.importer.translated.TranslatedTrees.entry;
import static demarc.importer.translated.TranslatedTrees.file;
import static demarc.importer.translated.TranslatedTrees.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

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

/** Field-level mapping of A&AI objects, relationships and bulk payloads (docs/formats/onap-aai.md). */
class AaiFormatTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String BULK = """
            {
              "transactions": [
                {
                  "put": [
                    {
                      "uri": "/cloud-infrastructure/complexes/complex/tokyo-dc1",
                      "body": {"physical-location-id": "tokyo-dc1", "complex-name": "Tokyo DC 1", "country": "JPN"}
                    },
                    {
                      "uri": "/cloud-infrastructure/pservers/pserver/host-1",
                      "body": {
                        "hostname": "host-1", "equip-vendor": "Acme",
                        "relationship-list": {"relationship": [
                          {"related-to": "complex", "relationship-label": "org.onap.relationships.inventory.LocatedIn",
                           "relationship-data": [{"relationship-key": "complex.physical-location-id", "relationship-value": "tokyo-dc1"}]}
                        ]}
                      }
                    },
                    {
                      "uri": "/cloud-infrastructure/cloud-regions/cloud-region/kumo/tokyo-1",
                      "body": {
                        "cloud-owner": "kumo", "cloud-region-id": "tokyo-1",
                        "tenants": {"tenant": [{"tenant-id": "t-42", "tenant-name": "Shinkai core",
                          "vservers": {"vserver": [{"vserver-id": "vm-ims-a", "vserver-name": "ims-a",
                            "relationship-list": {"relationship": [
                              {"related-to": "pserver", "related-link": "/aai/v21/cloud-infrastructure/pservers/pserver/host-1"},
                              {"related-to": "pserver", "relationship-data": [{"relationship-key": "pserver.hostname", "relationship-value": "host-elsewhere"}]}
                            ]}}]}}]}
                      }
                    }
                  ]
                },
                {
                  "put": [{
                    "uri": "/network/generic-vnfs/generic-vnf/vnf-ims",
                    "body": {
                      "vnf-id": "vnf-ims", "vnf-name": "IMS core", "vnf-type": "ims",
                      "vf-modules": {"vf-module": [{"vf-module-id": "mod-1",
                        "relationship-list": {"relationship": [{"related-to": "vserver", "relationship-data": [
                          {"relationship-key": "cloud-region.cloud-owner", "relationship-value": "kumo"},
                          {"relationship-key": "vserver.vserver-id", "relationship-value": "vm-ims-a"}]}]}}]},
                      "relationship-list": {"relationship": [
                        {"related-to": "owning-entity",
                         "relationship-data": [{"relationship-key": "owning-entity.owning-entity-id", "relationship-value": "oe-1"}],
                         "related-to-property": [{"property-key": "owning-entity.owning-entity-name", "property-value": "Shinkai Mobile"}]}
                      ]},
                      "l-interfaces": {"l-interface": []}
                    }
                  }],
                  "delete": [{"uri": "/cloud-infrastructure/pservers/pserver/old-host"}]
                }
              ]
            }
            """;

    private final AaiFormat format = new AaiFormat();

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @Test
    void mapsObjectsOfABulkPayloadAndTheRelationshipsBetweenThem() throws Exception {
        InputFile input = file("bulk.json", BULK);
        assertThat(format.recognizes(input)).isTrue();
        Translation translation = format.translate(input);

        assertThat(entry(translation, "resources", "aai:complex:tokyo-dc1")).containsEntry("kind", "site")
                .containsEntry("name", "Tokyo DC 1").containsEntry("country", "JP").containsEntry("owner", "unstated-owner");
        assertThat(entry(translation, "resources", "aai:pserver:host-1")).containsEntry("kind", "server")
                .containsEntry("site", "aai:complex:tokyo-dc1").containsEntry("country", "JP")
                .containsEntry("attributes", Map.of("hostname", "host-1", "equip-vendor", "Acme"));
        assertThat(entry(translation, "resources", "aai:cloud-region:kumo:tokyo-1")).containsEntry("kind", "cloud-region")
                .containsEntry("owner", "aai:cloud-owner:kumo");
        assertThat(entry(translation, "resources", "aai:vserver:vm-ims-a")).containsEntry("kind", "vm")
                .containsEntry("name", "ims-a").containsEntry("owner", "aai:cloud-owner:kumo")
                .containsEntry("operator", "aai:tenant:t-42")
                .containsEntry("requires", List.of("aai:cloud-region:kumo:tokyo-1", "aai:pserver:host-1"));
        assertThat(entry(translation, "functions", "aai:generic-vnf:vnf-ims")).containsEntry("kind", "vnf")
                .containsEntry("name", "IMS core").containsEntry("owner", "aai:owning-entity:oe-1")
                .containsEntry("requires", List.of("aai:vserver:vm-ims-a"));
        assertThat(entry(translation, "parties", "aai:cloud-owner:kumo")).containsEntry("type", "cloud");
        assertThat(entry(translation, "parties", "aai:tenant:t-42")).containsEntry("name", "Shinkai core");
        assertThat(entry(translation, "parties", "aai:owning-entity:oe-1")).containsEntry("name", "Shinkai Mobile");
        assertThat(entry(translation, "parties", "unstated-owner")).containsEntry("type", "other")
                .containsEntry("name", "Owner not stated in the source");

        assertThat(coverage(translation)).anySatisfy(line -> assertThat(line).startsWith("SKIPPED")
                        .contains("pserver 'host-elsewhere'", "not in this file"))
                .anySatisfy(line -> assertThat(line).startsWith("SKIPPED").contains("delete of /cloud-infrastructure"))
                .anySatisfy(line -> assertThat(line).startsWith("SKIPPED").contains("'l-interfaces'"))
                .anySatisfy(line -> assertThat(line).startsWith("UNKNOWN").contains("owner of aai:pserver:host-1"))
                .anySatisfy(line -> assertThat(line).startsWith("MAPPED").contains("vf-module 'mod-1'"));
        assertThat(translation.coverage()).allSatisfy(line -> assertThat(line.line()).isPositive());

        neo4j.clear();
        ImportReport report = new InventoryImporter(neo4j.driver(), null, new GraphGate())
                .importTree(input.name(), translation.inventory(), InventoryImporter.sha256(BULK));
        assertThat(report.counts()).containsEntry("parties", 4).containsEntry("functions", 1).containsEntry("resources", 4);
    }

    @Test
    void readsTheCamelCaseOfOnapSoAndReportsCountriesThatAreNotIsoCodes() throws Exception {
        Translation translation = format.translate(file("so.json", """
                {"result": [
                  {"hostname": "h1", "equipVendor": "JUNIPER",
                   "relationshipList": {"relationship": [{"relatedTo": "complex",
                     "relationshipData": [{"relationshipKey": "complex.physical-location-id", "relationshipValue": "c1"}]}]}},
                  {"physical-location-id": "c1", "country": "NONE"}
                ]}
                """));

        assertThat(entry(translation, "resources", "aai:pserver:h1")).containsEntry("site", "aai:complex:c1")
                .doesNotContainKey("country");
        assertThat(entry(translation, "resources", "aai:complex:c1")).doesNotContainKey("country");
        assertThat(coverage(translation)).anySatisfy(line -> assertThat(line)
                .isEqualTo("UNKNOWN 5 result[1].country: country of aai:complex:c1: 'NONE' is not an ISO 3166-1 code"));
    }

    @Test
    void keepsIdsValidWhateverTheSourceKeysHold() throws Exception {
        Translation translation = format.translate(file("pnf.json", "{\"pnf-name\": \"pnf 1/slot 2\"}"));

        assertThat(ids(translation, "functions")).singleElement().satisfies(id -> assertThat(id)
                .matches("aai:pnf:pnf_1_slot_2-[0-9a-f]{8}"));
    }

    @Test
    void importsATemplateWithItsPlaceholdersKeptLiterallyAndListsEachOne() throws Exception {
        String template = """
                {"vnf-id": "${vnf-id}", "vnf-name": "vnf ${suffix} of <methodName>",
                 "relationship-list": {"relationship": [
                   {"related-to": "vserver", "related-link": "/aai/v13/cloud-infrastructure/vservers/vserver/${vserver-id}"}]}}
                """;
        Translation translation = format.translate(file("template.json", template));

        assertThat(ids(translation, "functions")).singleElement().satisfies(id -> assertThat(id)
                .matches("aai:generic-vnf:__vnf-id_-[0-9a-f]{8}"));
        assertThat(entry(translation, "functions", ids(translation, "functions").get(0)))
                .containsEntry("name", "vnf ${suffix} of <methodName>")
                .containsEntry("attributes", Map.of("vnf-id", "${vnf-id}", "vnf-name", "vnf ${suffix} of <methodName>"));
        String kept = "' kept literally: this file is a template, its values must be filled in before real use";
        assertThat(coverage(translation)).filteredOn(line -> line.contains("template placeholder")).containsExactly(
                "UNKNOWN 1 vnf-id: template placeholder '${vnf-id}" + kept,
                "UNKNOWN 1 vnf-name: template placeholder '${suffix}" + kept,
                "UNKNOWN 1 vnf-name: template placeholder '<methodName>" + kept,
                "UNKNOWN 3 relationship-list.relationship[0].related-link: template placeholder '${vserver-id}" + kept);
    }

    @Test
    void refusesATransactionRelatingObjectsItDoesNotPut() {
        assertThat(problems("""
                {"operations": [
                  {"action": "put", "uri": "/cloud-infrastructure/complexes/complex/c1",
                   "body": {"physical-location-id": "c1",
                     "relationship-list": {"relationship": [
                       {"related-to": "pserver", "related-link": "/aai/v13/cloud-infrastructure/pservers/pserver/h1"}]}}},
                  {"action": "put", "uri": "/cloud-infrastructure/pservers/pserver/h2/relationship-list/relationship",
                   "body": {"related-to": "complex", "related-link": "/aai/v13/cloud-infrastructure/complexes/complex/c1"}}]}
                """)).containsExactly(
                "5: operations[0].body.relationship-list.relationship[0]: related pserver 'h1' is not put by this "
                        + "transaction: expected an object the transaction puts (A&AI refuses a single transaction whose "
                        + "relationship names an object that does not exist; demarc reads a transaction's relationships "
                        + "between the objects it puts)",
                "7: operations[1].body: relationship of pserver 'h2', which this transaction does not put: expected an "
                        + "object the transaction puts (A&AI refuses a relationship of an object that does not exist)");
    }

    @Test
    void rejectsUnknownActionsAndObjectsWithoutTheirKey() {
        assertThat(problems("""
                {"operations": [{"action": "create", "uri": "/cloud-infrastructure/pservers/pserver/a",
                                 "body": {"hostname": "a"}}]}
                """)).containsExactly("1: operations[0].action: unknown action 'create' (expected one of put, patch, delete)");
        assertThat(problems("""
                {"operations": [
                  {"action": "put", "uri": "/cloud-infrastructure/complexes/complex/c1",
                   "body": {"city": "Tokyo"}}]}
                """)).containsExactly("3: operations[0].body.physical-location-id: a complex without its key 'physical-location-id'");
        assertThat(problems("{\"hostname\": \"a\",\n \"hostname\": \"b\"}")).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("2: hostname: duplicate key 'hostname'"));
    }

    private List<String> problems(String json) {
        TranslationException e = catchThrowableOfType(() -> format.translate(file("bad.json", json)),
                TranslationException.class);
        assertThat(e).isNotNull();
        return e.problems().stream().map(p -> p.line() + ": " + p.path() + ": " + p.message()).toList();
    }
}
