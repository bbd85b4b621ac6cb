package demarc.importer.nfv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.importer.format.InputFile;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/** Field-level mapping of real corpus descriptors, and what their import writes to the graph. */
class NfvCorpusMappingTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String K8S = "b1db0ce7-ebca-1fb7-95ed-4840d70a1163";

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    private static TranslatedInventory translate(String path) throws Exception {
        InputFile file = NfvCorpusTest.read(path);
        return new TranslatedInventory(NfvCorpusTest.formatFor(file).translate(file));
    }

    @Test
    void tackerKubernetesVnfTakesItsVdusFromThreeFlavours() throws Exception {
        String path = "tacker/samples/mgmt_driver/kubernetes/kubernetes_vnf_package/Definitions/sample_kubernetes_top.vnfd.yaml";
        TranslatedInventory inventory = translate(path);

        assertThat(inventory.translation().inventory()).isNotNull();
        assertThat(inventory.field("functions", K8S, "kind")).isEqualTo("vnf");
        assertThat(inventory.attributes("functions", K8S)).containsEntry("vendor", "Company")
                .containsEntry("flavours", "simple | complex | podaffinity");
        // masterNode: min 1 in flavour simple, 3 in the others: the smallest minimum counts
        assertThat(inventory.requires("functions", K8S)).containsExactly(K8S + ".masterNode",
                List.of(K8S + ".workerNode.1", K8S + ".workerNode.2"));
        assertThat(inventory.attributes("resources", K8S + ".masterNode")).containsEntry("instanceCounts",
                "flavour simple: min 1, max 3, initial delta 1, levels instantiation_level_1=1 instantiation_level_2=3"
                        + " | flavour complex: min 3, max 5, initial delta 3, levels instantiation_level_1=3 instantiation_level_2=5"
                        + " | flavour podaffinity: min 3, max 5, initial delta 3, levels instantiation_level_1=3 instantiation_level_2=5");

        InputFile file = NfvCorpusTest.read(path);
        new InventoryImporter(neo4j.driver(), null, new GraphGate()).importTree(file.name(),
                inventory.translation().inventory(), InventoryImporter.sha256(file.text()));
        try (var session = neo4j.driver().session()) {
            List<String> requires = session.run("""
                    MATCH (:Function {id: $id})-[r:REQUIRES]->(e:Element)
                    RETURN r.slot + ':' + r.anyOf + ':' + e.id AS edge ORDER BY edge""", java.util.Map.of("id", K8S))
                    .list(record -> record.get("edge").asString());
            assertThat(requires).containsExactly("0:false:" + K8S + ".masterNode",
                    "1:true:" + K8S + ".workerNode.1", "1:true:" + K8S + ".workerNode.2");
            assertThat(session.run("MATCH (p:Party {id: 'unstated-owner'})<-[:OWNED_BY]-(e) RETURN count(e) AS n")
                    .single().get("n").asInt()).isEqualTo(4);
        }
    }

    @Test
    void tackerCnfIsMadeOfContainers() throws Exception {
        TranslatedInventory inventory = translate(
                "tacker/samples/tests/etc/samples/etsi/nfv/test_cnf_scale/Definitions/helloworld3_top.vnfd.yaml");
        String id = inventory.ids("functions").get(0);
        assertThat(inventory.field("functions", id, "kind")).isEqualTo("cnf");
        assertThat(inventory.ids("resources")).allSatisfy(resource ->
                assertThat(inventory.field("resources", resource, "kind")).isEqualTo("container"));
    }

    @Test
    void tackerPracticalPackageRecordsAntiAffinityPerFlavour() throws Exception {
        TranslatedInventory inventory = translate("tacker/samples/practical_vnf_package/Definitions/Node.yaml");
        String id = "75aaa9fa-9c79-dcf5-bda2-5b98a08c9f54";
        assertThat(inventory.attributes("functions", id)).containsEntry("placementRules",
                "flavour ha: anti-affinity of VDU_0, VDU_1 (scope nfvi_node) | "
                        + "flavour scalable: anti-affinity of VDU_0, VDU_1, VDU_2 (scope nfvi_node)");
        // VDU_2 has a minimum of 0 instances: described, not required
        assertThat(inventory.requires("functions", id)).containsExactly(id + ".VDU_0", id + ".VDU_1");
        assertThat(inventory.ids("resources")).contains(id + ".VDU_2");
        assertThat(inventory.coverage(Outcome.SKIPPED)).anySatisfy(line -> assertThat(line)
                .startsWith("176 df_ha.yaml#topology_template.node_templates.VDU0_extCP0: candidate connection: "
                        + "tosca.nodes.nfv.VnfExtCp 'VDU0_extCP0' [internal_virtual_link -> VDU_intnet0]"));
    }

    @Test
    void cloudnetNsdIsAServiceOverItsVnfAndPnf() throws Exception {
        TranslatedInventory inventory = translate("cloudnet-tosca-toolbox/examples/TOSCA_1.3_NFV_Topology/TopologyNSD.yaml");
        assertThat(inventory.ids("services")).containsExactly("NS_ID1");
        assertThat(inventory.field("services", "NS_ID1", "name")).isEqualTo("My Network Service");
        assertThat(inventory.requires("services", "NS_ID1")).containsExactly("ID_VNF", "b1bb0ce7-ebca-4fa7-95ed-4840d70a2233");
        assertThat(inventory.field("functions", "b1bb0ce7-ebca-4fa7-95ed-4840d70a2233", "kind")).isEqualTo("pnf");
        assertThat(inventory.coverage(Outcome.SKIPPED)).anySatisfy(line -> assertThat(line)
                .startsWith("114 topology_template.node_templates.SAP: candidate connection: tosca.nodes.nfv.Sap"));
    }

    @Test
    void etsiNfvXmlHoldsThreeServicesTwoVnfsAndAPnf() throws Exception {
        TranslatedInventory inventory = translate("etsi-sol006/example-data/nfv.xml");
        assertThat(inventory.ids("services")).containsExactly("firewall-nsd", "service-chain-1", "service-chain-2");
        assertThat(inventory.requires("services", "service-chain-1")).containsExactly("ASA", "CSR", "physical-dpi");
        assertThat(inventory.ids("functions")).containsExactly("ASA", "CSR", "physical-dpi");
        assertThat(inventory.requires("functions", "ASA")).containsExactly("ASA.firewall");
        assertThat(inventory.requires("resources", "ASA.firewall")).containsExactly("ASA.asa-vsd");
        assertThat(inventory.coverage(Outcome.SKIPPED)).anySatisfy(line -> assertThat(line)
                .startsWith("584 nsd[2].nested-nsd-id: nested NSD firewall-nsd"));
    }

    @Test
    void etsiComplexVnfdKeepsItsAffinityGroups() throws Exception {
        TranslatedInventory inventory = translate("etsi-sol006/example-data/complex-vnfd.xml");
        String id = inventory.ids("functions").get(0);
        assertThat(inventory.attributes("functions", id).get("placementRules")).isNotBlank();
        assertThat(inventory.attributes("functions", id).get("flavours")).contains(" | ");
    }
}
