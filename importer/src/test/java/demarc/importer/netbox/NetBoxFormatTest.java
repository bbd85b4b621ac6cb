package demarc.importer.netbox;

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

/** Field-level mapping of NetBox dumpdata records and REST objects (docs/formats/netbox.md). */
class NetBoxFormatTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String DUMP = """
            [
            {"model": "dcim.region", "pk": 1, "fields": {"name": "Asia", "slug": "asia", "parent": null}},
            {"model": "dcim.region", "pk": 2, "fields": {"name": "Japan", "slug": "jp", "parent": 1}},
            {"model": "dcim.region", "pk": 3, "fields": {"name": "Tokyo", "slug": "jp-13", "parent": 2}},
            {"model": "tenancy.tenant", "pk": 5, "fields": {"name": "Shinkai Mobile", "slug": "shinkai"}},
            {"model": "circuits.provider", "pk": 7, "fields": {"name": "Tsunagu Net", "slug": "tsunagu"}},
            {"model": "dcim.site", "pk": 10, "fields": {"name": "Otemachi", "slug": "otemachi", "region": 3, "tenant": 5, "facility": ""}},
            {"model": "dcim.site", "pk": 11, "fields": {"name": "Somewhere", "slug": "somewhere", "region": 1, "tenant": null}},
            {"model": "dcim.devicerole", "pk": 1, "fields": {"name": "Router"}},
            {"model": "dcim.devicerole", "pk": 2, "fields": {"name": "Application Server"}},
            {"model": "dcim.device", "pk": 20, "fields": {"name": "otm-rtr01", "role": 1, "tenant": 5, "site": 10, "cluster": null, "serial": "X1"}},
            {"model": "dcim.device", "pk": 21, "fields": {"name": "otm-srv01", "role": 2, "tenant": null, "site": 10, "cluster": 30}},
            {"model": "dcim.device", "pk": 22, "fields": {"name": "otm-srv02", "role": 2, "tenant": null, "site": 10, "cluster": 30}},
            {"model": "virtualization.cluster", "pk": 30, "fields": {"name": "otm-kvm", "tenant": 5, "site": 10}},
            {"model": "virtualization.virtualmachine", "pk": 40, "fields": {"name": "ims-a", "cluster": 30, "tenant": 5, "site": null, "vcpus": 8}},
            {"model": "circuits.circuit", "pk": 50, "fields": {"cid": "TS-0001", "provider": 7, "tenant": 5, "status": "active"}},
            {"model": "circuits.circuittermination", "pk": 60, "fields": {"circuit": 50, "term_side": "Z", "site": 11}},
            {"model": "circuits.circuittermination", "pk": 61, "fields": {"circuit": 50, "term_side": "A", "site": 10}},
            {"model": "ipam.ipaddress", "pk": 1, "fields": {"address": "192.0.2.1/24"}},
            {"model": "ipam.ipaddress", "pk": 2, "fields": {"address": "192.0.2.2/24"}}
            ]
            """;

    private final NetBoxFormat format = new NetBoxFormat();

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @Test
    void mapsDumpdataRecords() throws Exception {
        InputFile input = file("netbox.json", DUMP);
        assertThat(format.recognizes(input)).isTrue();
        Translation translation = format.translate(input);

        assertThat(entry(translation, "parties", "netbox:tenancy.tenant:5")).containsEntry("name", "Shinkai Mobile")
                .containsEntry("type", "other");
        assertThat(entry(translation, "parties", "netbox:circuits.provider:7")).containsEntry("name", "Tsunagu Net");
        assertThat(entry(translation, "resources", "netbox:dcim.site:10")).containsEntry("kind", "site")
                .containsEntry("country", "JP").containsEntry("owner", "netbox:tenancy.tenant:5");
        assertThat(entry(translation, "resources", "netbox:dcim.site:11")).doesNotContainKey("country")
                .containsEntry("owner", "unstated-owner");
        assertThat(entry(translation, "resources", "netbox:dcim.device:20")).containsEntry("kind", "equipment")
                .containsEntry("site", "netbox:dcim.site:10").containsEntry("country", "JP")
                .containsEntry("owner", "netbox:tenancy.tenant:5")
                .containsEntry("attributes", Map.of("name", "otm-rtr01", "serial", "X1", "role", "Router"));
        assertThat(entry(translation, "resources", "netbox:dcim.device:21")).containsEntry("kind", "server");
        assertThat(entry(translation, "resources", "netbox:virtualization.cluster:30")).containsEntry("kind", "cluster")
                .containsEntry("requires", List.of(Map.of("anyOf", List.of("netbox:dcim.device:21", "netbox:dcim.device:22"))));
        assertThat(entry(translation, "resources", "netbox:virtualization.virtualmachine:40")).containsEntry("kind", "vm")
                .containsEntry("requires", List.of("netbox:virtualization.cluster:30")).containsEntry("country", "JP");
        assertThat(entry(translation, "resources", "netbox:circuits.circuit:50")).containsEntry("kind", "line")
                .containsEntry("name", "TS-0001").containsEntry("owner", "netbox:circuits.provider:7")
                .containsEntry("site", "netbox:dcim.site:10");
        assertThat(entry(translation, "resources", "netbox:circuits.circuit:50").get("attributes").toString())
                .contains("termination_a=netbox:dcim.site:10", "termination_z=netbox:dcim.site:11", "tenant=Shinkai Mobile");
        assertThat(coverage(translation))
                .contains("SKIPPED 19 [17]: ipam.ipaddress: 2 record(s) not mapped, the inventory has no counterpart for them",
                        "SKIPPED 2 [0]: dcim.region: 3 record(s) not mapped, read only for the names and countries of the"
                                + " mapped objects",
                        "UNKNOWN 8 [6].region: country of site 'Somewhere': no region of it (or above it) is a country")
                .anySatisfy(line -> assertThat(line).startsWith("UNKNOWN 12 [10]").contains("owner of netbox:dcim.device:21"));

        neo4j.clear();
        ImportReport report = new InventoryImporter(neo4j.driver(), null, new GraphGate())
                .importTree(input.name(), translation.inventory(), InventoryImporter.sha256(DUMP));
        assertThat(report.counts()).containsEntry("parties", 3).containsEntry("resources", 8);
    }

    @Test
    void mapsAPageOfTheRestApiAndReportsReferencesOutsideIt() throws Exception {
        Translation translation = format.translate(file("devices.json", """
                {"count": 3, "next": "https://netbox.example/api/dcim/devices/?limit=1&offset=1", "previous": null,
                 "results": [
                   {"id": 20, "url": "https://netbox.example/api/dcim/devices/20/", "name": "otm-rtr01",
                    "role": {"id": 1, "url": "https://netbox.example/api/dcim/device-roles/1/", "name": "Router"},
                    "device_type": {"id": 3, "model": "MX480"},
                    "site": {"id": 10, "url": "https://netbox.example/api/dcim/sites/10/", "name": "Otemachi"},
                    "tenant": null}
                 ]}
                """));

        assertThat(ids(translation, "resources")).containsExactly("netbox:dcim.device:20");
        assertThat(entry(translation, "resources", "netbox:dcim.device:20")).doesNotContainKey("site")
                .containsEntry("attributes", Map.of("name", "otm-rtr01", "role", "Router", "device_type", "MX480"));
        assertThat(coverage(translation))
                .anySatisfy(line -> assertThat(line).startsWith("SKIPPED 1 next: this file is one page"))
                .anySatisfy(line -> assertThat(line)
                        .isEqualTo("SKIPPED 3 results[0].site: site 10 of dcim.device 20 is not in this file: not mapped"));
    }

    @Test
    void rejectsRecordsItCannotRead() {
        TranslationException e = catchThrowableOfType(() -> format.translate(file("bad.json", """
                [{"model": "dcim.device", "pk": 1},
                 {"name": "no model, no url"}]
                """)), TranslationException.class);

        assertThat(e.getMessage()).isEqualTo("""
                1: [0].fields: missing 'fields' of the dcim.device record
                2: [1]: not a NetBox object this importer knows: expected a dumpdata record {"model", "pk", "fields"} \
                or a REST object with 'id' and a 'url' of /api/<app>/<type>/<id>/ (or the fields of a device, virtual \
                machine, cluster, site, tenant, provider, circuit or circuit termination)""");
    }
}
