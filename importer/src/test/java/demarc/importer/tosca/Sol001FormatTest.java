package demarc.importer.tosca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.importer.document.DocumentProblem;
import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.TranslationException;
import demarc.importer.nfv.TranslatedInventory;

/** Field-level mapping of SOL001 descriptors onto the inventory format, on small inline descriptors. */
class Sol001FormatTest {

    private final Sol001Format format = new Sol001Format();

    /** A one-file VNFD: vendor type derived from tosca.nodes.nfv.VNF, two VDUs, storage, a CP and anti-affinity. */
    static final String VNFD = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            imports:
              - https://forge.etsi.org/rep/nfv/SOL001/raw/v3.3.1/etsi_nfv_sol001_vnfd_types.yaml
            node_types:
              acme.vnf.Amf:
                derived_from: tosca.nodes.nfv.VNF
            topology_template:
              substitution_mappings:
                node_type: acme.vnf.Amf
                properties:
                  flavour_id: default
              node_templates:
                amf:
                  type: acme.vnf.Amf
                  properties:
                    descriptor_id: acme-amf-1
                    descriptor_version: '2.0'
                    provider: Acme Networks
                    product_name: Acme AMF
                    software_version: '5.1'
                    flavour_id: default
                AMF_VDU:
                  type: tosca.nodes.nfv.Vdu.Compute
                  properties:
                    name: amf worker
                    vdu_profile:
                      min_number_of_instances: 2
                      max_number_of_instances: 4
                    sw_image_data:
                      name: amf-image
                  requirements:
                    - virtual_storage: amf_disk
                DB_VDU:
                  type: tosca.nodes.nfv.Vdu.Compute
                  properties:
                    name: amf db
                    vdu_profile:
                      min_number_of_instances: 1
                      max_number_of_instances: 1
                  capabilities:
                    virtual_compute:
                      properties:
                        virtual_cpu:
                          num_virtual_cpu: 2
                amf_disk:
                  type: tosca.nodes.nfv.Vdu.VirtualBlockStorage
                  properties:
                    virtual_block_storage_data:
                      size_of_storage: 10 GB
                amf_cp:
                  type: tosca.nodes.nfv.VduCp
                  properties:
                    layer_protocols: [ ipv4 ]
                  requirements:
                    - virtual_binding: AMF_VDU
              policies:
                - spread:
                    type: tosca.policies.nfv.AntiAffinityRule
                    targets: [ AMF_VDU ]
                    properties:
                      scope: nfvi_node
                - initial:
                    type: tosca.policies.nfv.VduInitialDelta
                    properties:
                      initial_delta:
                        number_of_instances: 3
                    targets: [ AMF_VDU ]
            """;

    @Test
    void mapsAVnfWithReplicatedVdusStorageAndPlacement() throws Exception {
        TranslatedInventory inventory = translate("amf.yaml", VNFD);

        assertThat(inventory.translation().format()).isEqualTo("sol001");
        assertThat(inventory.field("parties", "unstated-owner", "type")).isEqualTo("other");
        assertThat(inventory.field("parties", "unstated-owner", "name")).isEqualTo("Owner not stated in the source");
        assertThat(inventory.ids("functions")).containsExactly("acme-amf-1");
        assertThat(inventory.field("functions", "acme-amf-1", "kind")).isEqualTo("vnf");
        assertThat(inventory.field("functions", "acme-amf-1", "owner")).isEqualTo("unstated-owner");
        assertThat(inventory.field("functions", "acme-amf-1", "name")).isEqualTo("Acme AMF");
        // the name says AMF, but no role is guessed from it
        assertThat(inventory.entry("functions", "acme-amf-1").field("roles")).isEmpty();
        assertThat(inventory.attributes("functions", "acme-amf-1"))
                .containsEntry("vendor", "Acme Networks")
                .containsEntry("flavours", "default")
                .containsEntry("placementRules", "flavour default: anti-affinity of AMF_VDU (scope nfvi_node)");
        assertThat(inventory.requires("functions", "acme-amf-1")).containsExactly(
                List.of("acme-amf-1.AMF_VDU.1", "acme-amf-1.AMF_VDU.2"), "acme-amf-1.DB_VDU");
        assertThat(inventory.ids("resources")).containsExactly("acme-amf-1.AMF_VDU.1", "acme-amf-1.amf_disk.1",
                "acme-amf-1.AMF_VDU.2", "acme-amf-1.amf_disk.2", "acme-amf-1.DB_VDU");
        assertThat(inventory.field("resources", "acme-amf-1.AMF_VDU.2", "kind")).isEqualTo("vm");
        assertThat(inventory.field("resources", "acme-amf-1.AMF_VDU.2", "name")).isEqualTo("amf worker (replica 2 of 2)");
        assertThat(inventory.requires("resources", "acme-amf-1.AMF_VDU.2")).containsExactly("acme-amf-1.amf_disk.2");
        assertThat(inventory.field("resources", "acme-amf-1.amf_disk.2", "kind")).isEqualTo("storage");
        assertThat(inventory.attributes("resources", "acme-amf-1.AMF_VDU.1"))
                .containsEntry("minInstances", "2").containsEntry("maxInstances", "4")
                .containsEntry("instanceCounts", "flavour default: min 2, max 4, initial delta 3");
        assertThat(inventory.field("resources", "acme-amf-1.DB_VDU", "kind")).isEqualTo("vm");

        assertThat(inventory.coverage(Outcome.UNKNOWN)).anySatisfy(line -> assertThat(line)
                .startsWith("14 topology_template.node_templates.amf: owner of function acme-amf-1")
                .contains("bind it with a placement overlay"));
        assertThat(inventory.coverage(Outcome.UNKNOWN)).anySatisfy(line -> assertThat(line)
                .contains("roles of function acme-amf-1 not stated"));
        assertThat(inventory.coverage(Outcome.SKIPPED)).anySatisfy(line -> assertThat(line)
                .startsWith("51 topology_template.node_templates.amf_cp: candidate connection: tosca.nodes.nfv.VduCp"));
        assertThat(inventory.coverage(Outcome.MAPPED)).anySatisfy(line -> assertThat(line)
                .contains("imported (bundled SOL001 v3.3.1)"));
    }

    @Test
    void aVnfWhoseVdusHaveNoImageNorComputeIsACnfOfContainers() throws Exception {
        String cnf = VNFD.replaceFirst("(?m)^ +sw_image_data:\n +name: amf-image\n", "")
                .replaceFirst("(?m)^      capabilities:\n(?:        .*\n)+", "");
        TranslatedInventory inventory = translate("amf-cnf.yaml", cnf);

        assertThat(inventory.field("functions", "acme-amf-1", "kind")).isEqualTo("cnf");
        assertThat(inventory.field("resources", "acme-amf-1.DB_VDU", "kind")).isEqualTo("container");
        assertThat(inventory.field("resources", "acme-amf-1.AMF_VDU.1", "kind")).isEqualTo("container");
    }

    @Test
    void aTopLevelVnfdTakesItsFlavoursFromTheFilesItImports(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("types.yaml"), """
                tosca_definitions_version: tosca_simple_yaml_1_2
                imports: [ etsi_nfv_sol001_vnfd_types.yaml ]
                node_types:
                  company.provider.VNF:
                    derived_from: tosca.nodes.nfv.VNF
                """);
        Files.writeString(dir.resolve("df.yaml"), """
                tosca_definitions_version: tosca_simple_yaml_1_2
                imports: [ etsi_nfv_sol001_vnfd_types.yaml, types.yaml ]
                topology_template:
                  substitution_mappings:
                    node_type: company.provider.VNF
                    properties: { flavour_id: small }
                  node_templates:
                    VNF:
                      type: company.provider.VNF
                    VDU1:
                      type: tosca.nodes.nfv.Vdu.Compute
                      properties:
                        name: vdu one
                        vdu_profile: { min_number_of_instances: 0, max_number_of_instances: 2 }
                """);
        Path top = dir.resolve("top.yaml");
        Files.writeString(top, """
                tosca_definitions_version: tosca_simple_yaml_1_2
                imports: [ etsi_nfv_sol001_common_types.yaml, etsi_nfv_sol001_vnfd_types.yaml, types.yaml, df.yaml ]
                topology_template:
                  node_templates:
                    VNF:
                      type: company.provider.VNF
                      properties:
                        descriptor_id: 'vnfd 42'
                        descriptor_version: '1'
                        provider: Company
                        product_name: Sample
                        software_version: '1'
                        flavour_id: { get_input: selected_flavour }
                """);

        TranslatedInventory inventory = new TranslatedInventory(format.translate(read(top)));

        // the space is not allowed in an id: it becomes '-'
        assertThat(inventory.ids("functions")).containsExactly("vnfd-42");
        assertThat(inventory.attributes("functions", "vnfd-42")).containsEntry("flavours", "small");
        // a VDU whose minimum is 0 is described but not required
        assertThat(inventory.ids("resources")).containsExactly("vnfd-42.VDU1");
        assertThat(inventory.requires("functions", "vnfd-42")).isEmpty();
        assertThat(inventory.coverage(Outcome.SKIPPED)).anySatisfy(line -> assertThat(line)
                .startsWith("11 df.yaml#topology_template.node_templates.VDU1: VDU VDU1 -> resource vnfd-42.VDU1")
                .contains("its minimum number of instances is 0"));

        Translation flavourAlone = format.translate(read(dir.resolve("df.yaml")));
        assertThat(new TranslatedInventory(flavourAlone).ids("functions")).isEmpty();
        assertThat(flavourAlone.coverage()).extracting(Coverage::line, Coverage::path, Coverage::outcome, Coverage::detail)
                .containsExactly(tuple(3, "topology_template", Outcome.SKIPPED, "deployment-flavour file (flavour "
                        + "'small' of company.provider.VNF) used through the imports of the top-level VNFD top.yaml, "
                        + "which translates its VDUs and policies; nothing to translate on its own"));
        assertThat(flavourAlone.includes()).containsExactly(dir.resolve("types.yaml").toAbsolutePath().toString());
        Translation typesAlone = format.translate(read(dir.resolve("types.yaml")));
        assertThat(typesAlone.coverage()).extracting(Coverage::detail).containsExactly("no topology_template: the "
                + "file defines types only (node_types: 1), which descriptors use through their imports; nothing to "
                + "translate on its own");

        // the flavour's package is checked with it: a top-level VNFD that is refused refuses its flavour
        Files.writeString(top, Files.readString(top).replace("descriptor_version: '1'", "descriptor_version: "));
        TranslationException brokenPackage = catchThrowableOfType(TranslationException.class,
                () -> format.translate(read(dir.resolve("df.yaml"))));
        assertThat(brokenPackage.problems()).extracting(DocumentProblem::line, DocumentProblem::message)
                .containsExactly(tuple(6, "in top.yaml, the top-level VNFD that imports this deployment flavour: VNF "
                        + "'VNF' lacks the mandatory SOL001 VNF properties [descriptor_version] (expected the VNFD's "
                        + "identity: descriptor_id, descriptor_version, provider, product_name, software_version)"));

        // without a file beside it that imports it, a flavour whose VNF states none of the VNFD's identity is a
        // flavour whose package is elsewhere: it imports as nothing of its own
        Files.delete(top);
        Translation flavourWithoutPackage = format.translate(read(dir.resolve("df.yaml")));
        assertThat(new TranslatedInventory(flavourWithoutPackage).ids("functions")).isEmpty();
        assertThat(flavourWithoutPackage.coverage()).extracting(Coverage::line, Coverage::outcome, Coverage::detail)
                .containsExactly(tuple(3, Outcome.SKIPPED, "deployment-flavour file (flavour 'small' of "
                        + "company.provider.VNF) without its top-level VNFD: no file beside it imports it, and its VNF "
                        + "node template states none of the VNFD's identity [descriptor_id, descriptor_version, "
                        + "provider, product_name, software_version]; its VDUs and policies are translated when the VNFD "
                        + "that imports it is imported; nothing to translate on its own"));
        // one that states part of the identity but not its descriptor_id cannot be told from a VNFD that lacks it
        Files.writeString(dir.resolve("df.yaml"), Files.readString(dir.resolve("df.yaml"))
                .replace("\n      type: company.provider.VNF\n",
                        "\n      type: company.provider.VNF\n      properties: { provider: Company }\n"));
        TranslationException partialIdentity = catchThrowableOfType(TranslationException.class,
                () -> format.translate(read(dir.resolve("df.yaml"))));
        assertThat(partialIdentity.problems()).extracting(DocumentProblem::line, DocumentProblem::path)
                .containsExactly(tuple(9, "topology_template.node_templates.VNF.properties.descriptor_id"));
        assertThat(partialIdentity.getMessage()).contains("deployment-flavour file (flavour 'small'",
                "translate the top-level VNFD that imports it");
    }

    /** A flavour like Tacker's multi_flavour_deployment one: its package's types file, defining the VNF type, is absent. */
    static final String FLAVOUR_OF_UNDEFINED_TYPE = """
            tosca_definitions_version: tosca_simple_yaml_1_2
            imports:
              - etsi_nfv_sol001_common_types.yaml
              - etsi_nfv_sol001_vnfd_types.yaml
            topology_template:
              substitution_mappings:
                node_type: company.provider.VNF
                properties:
                  flavour_id: simple
              node_templates:
                VNF:
                  type: company.provider.VNF
                  properties:
                    flavour_description: A simple flavour
                VDU1:
                  type: tosca.nodes.nfv.Vdu.Compute
                  properties:
                    name: VDU1
                    vdu_profile: { min_number_of_instances: 1, max_number_of_instances: 1 }
            """;

    @Test
    void readsAnUndefinedSubstitutedTypeOfAVnfdFlavourAsAVnfAndSaysSo(@TempDir Path dir) throws Exception {
        Path flavour = dir.resolve("df_simple.yaml");
        Files.writeString(flavour, FLAVOUR_OF_UNDEFINED_TYPE);

        Translation translation = format.translate(read(flavour));

        assertThat(new TranslatedInventory(translation).ids("functions")).isEmpty();
        assertThat(translation.coverage()).extracting(Coverage::line, Coverage::path, Coverage::outcome)
                .containsExactly(tuple(5, "topology_template", Outcome.SKIPPED),
                        tuple(7, "topology_template.substitution_mappings.node_type", Outcome.MAPPED));
        assertThat(translation.coverage().get(1).detail()).isEqualTo("node type company.provider.VNF is defined "
                + "neither in this file nor in its imports: its node templates [VNF] are read as tosca.nodes.nfv.VNF, "
                + "the type inferred from substitution_mappings (SOL001: the node type a VNFD deployment flavour "
                + "substitutes is VNF-specific, and etsi_nfv_sol001_vnfd_types.yaml defines tosca.nodes.nfv.VNF as the "
                + "generic abstract type from which all VNF specific node types shall be derived)");
        assertThat(translation.coverage().get(0).detail()).startsWith("deployment-flavour file (flavour 'simple' of "
                + "company.provider.VNF) without its top-level VNFD");

        // only the substituted type is inferred: any other undefined type is still refused with its line
        Files.writeString(flavour, FLAVOUR_OF_UNDEFINED_TYPE.replace("type: tosca.nodes.nfv.Vdu.Compute",
                "type: company.provider.Vdu"));
        assertThat(catchThrowableOfType(TranslationException.class, () -> format.translate(read(flavour))).problems())
                .extracting(p -> p.line() + ": " + p.path() + ": " + p.message())
                .containsExactly("16: topology_template.node_templates.VDU1.type: unknown node type "
                        + "'company.provider.Vdu': not defined in the package, its imports or the SOL001 types");
        // nor is a substituted type inferred where the package is no VNFD (it imports the NSD types)
        Files.writeString(flavour, FLAVOUR_OF_UNDEFINED_TYPE.replace("etsi_nfv_sol001_vnfd_types.yaml",
                "etsi_nfv_sol001_nsd_types.yaml").replace("tosca_simple_yaml_1_2", "tosca_simple_yaml_1_3"));
        assertThat(catchThrowableOfType(TranslationException.class, () -> format.translate(read(flavour))).problems())
                .extracting(p -> p.line() + ": " + p.path() + ": " + p.message())
                .contains("12: topology_template.node_templates.VNF.type: unknown node type "
                        + "'company.provider.VNF': not defined in the package, its imports or the SOL001 types");
    }

    @Test
    void anImportedDescriptorThatIsNotTranslatedIsNotIncluded(@TempDir Path dir) throws Exception {
        Path cloudnet = Path.of("..", "corpus", "cloudnet-tosca-toolbox", "examples", "TOSCA_1.3_NFV_Topology");
        Files.copy(cloudnet.resolve("TopologyVNFD.yaml"), dir.resolve("TopologyVNFD.yaml"));
        Path nsd = dir.resolve("TopologyNSD.yaml");
        Files.writeString(nsd, Files.readString(cloudnet.resolve("TopologyNSD.yaml"))
                .replace("  - etsi_nfv_sol001_nsd_types.yaml\n", "  - etsi_nfv_sol001_nsd_types.yaml\n  - TopologyVNFD.yaml\n"));

        Translation translation = format.translate(read(nsd));

        // the NSD reads the VNFD's types but translates only its own topology: the VNFD is still to import itself
        assertThat(new TranslatedInventory(translation).ids("services")).isNotEmpty();
        assertThat(translation.includes()).isEmpty();
    }

    @Test
    void aCsarIsTranslatedFromTheFileItsToscaMetaNames(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("TOSCA-Metadata"));
        Files.createDirectories(dir.resolve("Definitions"));
        Files.writeString(dir.resolve("Definitions/vnfd.yaml"), VNFD);
        Path meta = dir.resolve("TOSCA-Metadata/TOSCA.meta");
        Files.writeString(meta, """
                TOSCA-Meta-File-Version: 1.0
                CSAR-Version: 1.1
                Created-by: Acme
                Entry-Definitions: Definitions/vnfd.yaml
                """);

        InputFile metaFile = read(meta);
        assertThat(format.recognizes(metaFile)).isTrue();
        Translation fromMeta = format.translate(metaFile);
        assertThat(fromMeta.file()).isEqualTo(metaFile.name());
        assertThat(fromMeta.includes()).containsExactly(dir.resolve("Definitions/vnfd.yaml").toAbsolutePath().toString());
        assertThat(new TranslatedInventory(fromMeta).ids("functions")).containsExactly("acme-amf-1");
        assertThat(new TranslatedInventory(format.translatePackage(dir)).ids("functions")).containsExactly("acme-amf-1");

        Files.writeString(meta, "TOSCA-Meta-File-Version: 1.0\nEntry-Definitions: ../../etc/passwd\n");
        TranslationException outside = catchThrowableOfType(TranslationException.class,
                () -> format.translate(read(meta)));
        assertThat(outside.problems()).extracting(DocumentProblem::line).containsExactly(2);
        assertThat(outside.getMessage()).contains("is not a file of the package");
    }

    @Test
    void anNsdBecomesAServiceRequiringItsVnfsAndPnfs() throws Exception {
        TranslatedInventory inventory = translate("ns.yaml", """
                tosca_definitions_version: tosca_simple_yaml_1_3
                imports: [ etsi_nfv_sol001_nsd_types.yaml ]
                topology_template:
                  node_templates:
                    ns:
                      type: tosca.nodes.nfv.NS
                      properties:
                        descriptor_id: core-ns
                        designer: Acme
                        version: '1.0'
                        name: Core network service
                        invariant_id: core
                        flavour_id: default
                    amf:
                      type: tosca.nodes.nfv.VNF
                      properties:
                        descriptor_id: acme-amf-1
                        descriptor_version: '2.0'
                        provider: Acme Networks
                        product_name: Acme AMF
                        software_version: '5.1'
                        flavour_id: default
                        vnfm_info: [ acme ]
                    router:
                      type: tosca.nodes.nfv.PNF
                      properties:
                        descriptor_id: edge-router
                        function_description: edge router
                        provider: RouterCo
                        version: '1'
                        descriptor_invariant_id: edge
                        name: Edge router
                        geographical_location_info:
                          geographical_location_constraint: JP-13
                    sap:
                      type: tosca.nodes.nfv.Sap
                      properties:
                        layer_protocols: [ ipv4 ]
                """);

        assertThat(inventory.ids("services")).containsExactly("core-ns");
        assertThat(inventory.field("services", "core-ns", "provider")).isEqualTo("unstated-owner");
        assertThat(inventory.field("services", "core-ns", "class")).isEqualTo("data");
        assertThat(inventory.requires("services", "core-ns")).containsExactly("acme-amf-1", "edge-router");
        assertThat(inventory.field("functions", "acme-amf-1", "kind")).isEqualTo("vnf");
        assertThat(inventory.field("functions", "edge-router", "kind")).isEqualTo("pnf");
        assertThat(inventory.attributes("functions", "edge-router"))
                .containsEntry("vendor", "RouterCo")
                .containsEntry("location.geographical_location_constraint", "JP-13");
        assertThat(inventory.coverage(Outcome.UNKNOWN)).anySatisfy(line -> assertThat(line)
                .contains("service class of core-ns not stated"));
        assertThat(inventory.coverage(Outcome.SKIPPED)).anySatisfy(line -> assertThat(line)
                .startsWith("36 topology_template.node_templates.sap: candidate connection: tosca.nodes.nfv.Sap"));
    }

    @Test
    void instantiationLevelsMustBeDefined() {
        String undefinedLevel = VNFD + """
                    - levels:
                        type: tosca.policies.nfv.InstantiationLevels
                        properties:
                          levels:
                            small: { description: small }
                          default_level: large
                    - db_levels:
                        type: tosca.policies.nfv.VduInstantiationLevels
                        properties:
                          levels:
                            medium: { number_of_instances: 1 }
                        targets: [ DB_VDU ]
                """;

        TranslationException rejected = catchThrowableOfType(TranslationException.class,
                () -> format.translate(new InputFile("amf.yaml", undefinedLevel.getBytes(StandardCharsets.UTF_8))));

        assertThat(rejected.problems()).extracting(DocumentProblem::line, DocumentProblem::path, DocumentProblem::message)
                .containsExactly(
                        tuple(73, "topology_template.policies[2].levels.properties.default_level",
                                "default level 'large' is not one of the defined instantiation levels [small]"),
                        tuple(78, "topology_template.policies[3].db_levels.properties.levels.medium",
                                "level 'medium' is not defined: expected one of the instantiation levels [small]"));
    }

    @Test
    void rejectsWhatSol001Forbids() {
        assertThat(problems(VNFD.replaceFirst("(?m)^ +descriptor_id: acme-amf-1\n", "")))
                .containsExactly("14: topology_template.node_templates.amf.properties.descriptor_id: this is a "
                        + "deployment-flavour file (flavour 'default' of acme.vnf.Amf) whose VNF node template states no "
                        + "descriptor_id: if it is a flavour, translate the top-level VNFD that imports it; if it is the "
                        + "whole VNFD, it lacks the descriptor_id SOL001 makes mandatory");
        assertThat(problems(VNFD.replaceFirst("(?m)^ +provider: Acme Networks\n", "")))
                .containsExactly("14: topology_template.node_templates.amf.properties: VNF 'amf' lacks the mandatory "
                        + "SOL001 VNF properties [provider] (expected the VNFD's identity: descriptor_id, "
                        + "descriptor_version, provider, product_name, software_version)");
        assertThat(problems(VNFD.replace("min_number_of_instances: 2", "min_number_of_instances: 5")))
                .containsExactly("27: topology_template.node_templates.AMF_VDU.properties.vdu_profile: expected whole "
                        + "numbers 0 <= min_number_of_instances <= max_number_of_instances, found min 5 and max 4");
        assertThat(problems(VNFD.replace("type: tosca.nodes.nfv.VduCp", "type: acme.nodes.Unknown")))
                .containsExactly("51: topology_template.node_templates.amf_cp.type: unknown node type "
                        + "'acme.nodes.Unknown': not defined in the package, its imports or the SOL001 types");
        assertThat(problems(VNFD.replaceFirst("targets: \\[ AMF_VDU \\]", "targets: [ NO_SUCH_VDU ]")))
                .containsExactly("59: topology_template.policies[0].spread.targets: policy target 'NO_SUCH_VDU' is "
                        + "neither a node template nor a group of this topology");
        assertThat(problems(VNFD.replace("https://forge.etsi.org/rep/nfv/SOL001/raw/v3.3.1/etsi_nfv_sol001_vnfd_types.yaml",
                "https://example.com/other_types.yaml")))
                .anySatisfy(p -> assertThat(p).startsWith("3: imports[0]: import 'https://example.com/other_types.yaml' "
                        + "not found among the bundled SOL001 type files (imports are never fetched over the network)"));
        assertThat(problems(VNFD.replace("tosca_simple_yaml_1_3", "tosca_simple_yaml_9")))
                .containsExactly("1: tosca_definitions_version: expected one of [tosca_simple_yaml_1_0, "
                        + "tosca_simple_yaml_1_1, tosca_simple_yaml_1_2, tosca_simple_yaml_1_3], found 'tosca_simple_yaml_9'");
    }

    @Test
    void importsStayInsideThePackage(@TempDir Path dir) throws Exception {
        Path definitions = Files.createDirectories(dir.resolve("pkg/Definitions"));
        Files.writeString(dir.resolve("outside.yaml"), "tosca_definitions_version: tosca_simple_yaml_1_3\n");
        Path vnfd = definitions.resolve("vnfd.yaml");
        Files.writeString(vnfd, VNFD.replace("  - https://forge.etsi.org/rep/nfv/SOL001/raw/v3.3.1/etsi_nfv_sol001_vnfd_types.yaml",
                "  - etsi_nfv_sol001_vnfd_types.yaml\n  - ../../outside.yaml\n  - /etc/hostname"));

        TranslationException rejected = catchThrowableOfType(TranslationException.class, () -> format.translate(read(vnfd)));

        assertThat(rejected.problems()).extracting(p -> p.line() + ": " + p.path() + ": " + p.message()).containsExactly(
                "4: imports[1]: import '../../outside.yaml' leaves the package (" + dir.resolve("pkg").toAbsolutePath()
                        + "): expected a file of the package",
                "5: imports[2]: import '/etc/hostname' is an absolute path: expected a path relative to the importing file");
    }

    @Test
    void recognisesSol001AndToscaMetaButNotOtherYaml() {
        assertThat(format.recognizes(new InputFile("amf.yaml", VNFD.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(format.recognizes(new InputFile("inv.yaml", "inventory: 1\nsource: x\n".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(format.recognizes(new InputFile("plain.yaml",
                "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types: {}\n".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
    }

    @Test
    void claimsToscaThatIsNotWellFormedYamlToRefuseItWithItsSyntaxError() {
        String broken = "tosca_definitions_version: tosca_simple_yaml_1_2\n\nmapping:\n    m1:\n  m2: x\n";
        InputFile file = new InputFile("broken.yaml", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(format.recognizes(file)).isTrue();
        assertThat(problems(broken)).singleElement().asString().startsWith("5: ").contains("YAML syntax");
        assertThat(format.recognizes(new InputFile("other.yaml", "mapping:\n    m1:\n  m2: x\n"
                .getBytes(StandardCharsets.UTF_8)))).as("no TOSCA version line").isFalse();
    }

    private List<String> problems(String descriptor) {
        TranslationException rejected = catchThrowableOfType(TranslationException.class,
                () -> format.translate(new InputFile("amf.yaml", descriptor.getBytes(StandardCharsets.UTF_8))));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected.problems().stream().map(p -> p.line() + ": " + p.path() + ": " + p.message()).toList();
    }

    private TranslatedInventory translate(String name, String descriptor) throws TranslationException {
        return new TranslatedInventory(format.translate(new InputFile(name, descriptor.getBytes(StandardCharsets.UTF_8))));
    }

    private static InputFile read(Path file) throws java.io.IOException {
        return new InputFile(file.toString(), Files.readAllBytes(file));
    }
}
