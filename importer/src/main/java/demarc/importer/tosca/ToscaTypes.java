package demarc.importer.tosca;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.nfv.Trees;

/**
 * The node, policy, group and artifact types of a package, with their {@code derived_from} chains, so that a
 * vendor type such as {@code company.provider.VNF} is known to be a {@code tosca.nodes.nfv.VNF}. The TOSCA
 * normative types ({@code tosca.nodes.Root} and the like) are not in the SOL001 files; any {@code tosca.*} type
 * outside the {@code nfv} namespace is taken as normative.
 */
final class ToscaTypes {

    static final String VNF = "tosca.nodes.nfv.VNF";
    static final String PNF = "tosca.nodes.nfv.PNF";
    static final String NS = "tosca.nodes.nfv.NS";
    static final String VDU_COMPUTE = "tosca.nodes.nfv.Vdu.Compute";
    static final List<String> VDU_STORAGE = List.of("tosca.nodes.nfv.Vdu.VirtualBlockStorage",
            "tosca.nodes.nfv.Vdu.VirtualObjectStorage", "tosca.nodes.nfv.Vdu.VirtualFileStorage");
    static final String SW_IMAGE = "tosca.artifacts.nfv.SwImage";

    private static final List<String> SECTIONS = List.of("node_types", "policy_types", "group_types",
            "artifact_types", "data_types", "capability_types", "relationship_types", "interface_types");

    private final Map<String, MapNode> definitions = new HashMap<>();
    /** Undefined types read as {@link #VNF} because a VNFD flavour substitutes them ({@link #inferVnf}). */
    private final Set<String> inferredVnf = new HashSet<>();

    ToscaTypes(List<ToscaLoader.ToscaDocument> documents) {
        for (ToscaLoader.ToscaDocument document : documents) {
            for (String section : SECTIONS) {
                Trees.map(document.root(), section).ifPresent(types -> types.fields().forEach(field -> {
                    if (field.value() instanceof MapNode definition) {
                        definitions.putIfAbsent(field.key(), definition);
                    }
                }));
            }
        }
    }

    /** Whether {@code type} is defined in the package, bundled, inferred as a VNF, or a TOSCA normative type. */
    boolean known(String type) {
        return definitions.containsKey(type) || inferredVnf.contains(type)
                || type.startsWith("tosca.") && !type.contains(".nfv.");
    }

    /**
     * Whether an undefined {@code substituted} type, named by {@code substitution_mappings.node_type}, can be read
     * as a VNF: the package defines tosca.nodes.nfv.VNF (it imports the SOL001 VNFD types) and neither the NS nor
     * the PNF type, so the topology is a VNFD's deployment flavour, and SOL001 has the type a VNFD substitutes
     * derive from tosca.nodes.nfv.VNF.
     */
    boolean inferableAsVnf(String substituted) {
        return !known(substituted) && definitions.containsKey(VNF) && !definitions.containsKey(NS)
                && !definitions.containsKey(PNF);
    }

    /** Reads the undefined {@code type} as derived from tosca.nodes.nfv.VNF from now on. */
    void inferVnf(String type) {
        inferredVnf.add(type);
    }

    /** Whether {@code type} is {@code base} or derives from it, however many steps away. */
    boolean isA(String type, String base) {
        Set<String> seen = new HashSet<>();
        String current = type;
        while (current != null && seen.add(current)) {
            if (current.equals(base)) {
                return true;
            }
            MapNode definition = definitions.get(current);
            current = definition != null ? Trees.text(definition, "derived_from")
                    : inferredVnf.contains(current) ? VNF : null;
        }
        return false;
    }

    /** The default of property {@code name} along the type's chain, or null. */
    DocNode propertyDefault(String type, String name) {
        Set<String> seen = new HashSet<>();
        String current = type;
        while (current != null && seen.add(current)) {
            MapNode definition = definitions.get(current);
            if (definition == null) {
                return null;
            }
            DocNode value = Trees.map(definition, "properties").flatMap(p -> Trees.map(p, name))
                    .flatMap(p -> Trees.get(p, "default")).orElse(null);
            if (value != null) {
                return value;
            }
            current = Trees.text(definition, "derived_from");
        }
        return null;
    }
}
