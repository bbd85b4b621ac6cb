package demarc.importer.tosca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.nfv.NfvModel.Origin;
import demarc.importer.nfv.Trees;

/**
 * The topology template of one file of a package, checked against SOL001: known types, policies as a list,
 * instantiation levels that exist, VDUs with a name and a profile, one software image per VDU, artifacts inside
 * the package, a flavour id for every deployment flavour.
 */
final class ToscaTopology {

    record Template(String name, MapNode node, String type, Origin origin) {
    }

    record Policy(String name, String type, MapNode node, Origin origin, List<String> targets) {
    }

    final ToscaLoader.ToscaDocument document;
    final boolean entry;
    final MapNode topology;
    final Map<String, Template> templates = new LinkedHashMap<>();
    final Map<String, List<String>> groups = new LinkedHashMap<>();
    final List<Policy> policies = new ArrayList<>();
    private final ToscaTypes types;
    private final List<DocumentProblem> problems;
    private final boolean checkTypes;

    ToscaTopology(ToscaLoader.ToscaDocument document, boolean entry, MapNode topology, ToscaTypes types,
            List<DocumentProblem> problems, boolean checkTypes) {
        this.document = document;
        this.entry = entry;
        this.topology = topology;
        this.types = types;
        this.problems = problems;
        this.checkTypes = checkTypes;
        readTemplates();
        readGroups();
        readPolicies();
        checkVdus();
        checkLevels();
        checkFlavour();
    }

    Origin origin(DocNode node, String path) {
        return new Origin(node.line(), document.pathPrefix(entry) + path);
    }

    private void problem(DocNode at, String path, String message) {
        problems.add(new DocumentProblem(at.line(), path, (entry ? "" : "in imported " + document.name() + ": ")
                + message));
    }

    private void readTemplates() {
        String base = "topology_template.node_templates";
        DocNode section = Trees.get(topology, "node_templates").orElse(null);
        if (section == null) {
            return;
        }
        if (!(section instanceof MapNode map)) {
            problem(section, base, "expected node templates as a map of name to template, found " + section.describe());
            return;
        }
        for (DocNode.Field field : map.fields()) {
            String path = base + "." + field.key();
            if (!(field.value() instanceof MapNode node)) {
                problem(field.value(), path, "expected a node template (a map with 'type'), found "
                        + field.value().describe());
                continue;
            }
            String type = Trees.text(node, "type");
            if (type == null) {
                problem(node, path + ".type", "missing required field 'type' (the node type)");
                continue;
            }
            if (checkTypes && !types.known(type)) {
                problem(node.field("type").get().value(), path + ".type", "unknown node type '" + type
                        + "': not defined in the package, its imports or the SOL001 types");
            }
            templates.put(field.key(), new Template(field.key(), node, type, origin(node, path)));
            checkArtifacts(field.key(), node, path);
        }
    }

    private void checkArtifacts(String name, MapNode node, String path) {
        int images = 0;
        for (DocNode.Field artifact : Trees.map(node, "artifacts").map(MapNode::fields).orElse(List.of())) {
            String artifactPath = path + ".artifacts." + artifact.key();
            String file = artifact.value() instanceof MapNode a ? Trees.text(a, "file") : Trees.scalar(artifact.value());
            if (file != null && (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:[\\\\/].*"))) {
                problem(artifact.value(), artifactPath + ".file", "artifact file '" + file
                        + "' is an absolute path outside the package: expected a path relative to the package or a URL");
            }
            String type = Trees.text(artifact.value(), "type");
            if (type != null && types.isA(type, ToscaTypes.SW_IMAGE)) {
                images++;
                if (images > 1) {
                    problem(artifact.value(), artifactPath, "node '" + name + "' has more than one artifact of type "
                            + ToscaTypes.SW_IMAGE + ": a VDU has at most one software image");
                }
            }
        }
    }

    private void readGroups() {
        Trees.map(topology, "groups").ifPresent(map -> map.fields().forEach(field -> groups.put(field.key(),
                Trees.items(field.value(), "members").stream().map(Trees::scalar).filter(m -> m != null).toList())));
    }

    private void readPolicies() {
        String base = "topology_template.policies";
        DocNode section = Trees.get(topology, "policies").orElse(null);
        if (section == null || section instanceof DocNode.ScalarNode scalar
                && scalar.kind() == DocNode.ScalarKind.NULL) {
            return;
        }
        if (!(section instanceof DocNode.ListNode list)) {
            problem(section, base, "expected policies as a list of single-entry maps (TOSCA 1.2+, SOL001), found "
                    + section.describe());
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            DocNode item = list.items().get(i);
            String itemPath = base + "[" + i + "]";
            if (!(item instanceof MapNode map) || map.fields().size() != 1
                    || !(map.fields().get(0).value() instanceof MapNode policy)) {
                problem(item, itemPath, "expected a policy as a single-entry map of its name to its definition, found "
                        + item.describe());
                continue;
            }
            String name = map.fields().get(0).key();
            String path = itemPath + "." + name;
            String type = Trees.text(policy, "type");
            if (type == null) {
                problem(policy, path + ".type", "missing required field 'type' (the policy type)");
                continue;
            }
            if (checkTypes && !types.known(type)) {
                problem(policy, path + ".type", "unknown policy type '" + type + "'");
            }
            List<String> targets = new ArrayList<>();
            for (DocNode target : Trees.items(policy, "targets")) {
                String targetName = Trees.scalar(target);
                if (targetName == null || !templates.containsKey(targetName) && !groups.containsKey(targetName)) {
                    problem(target, path + ".targets", "policy target '" + targetName
                            + "' is neither a node template nor a group of this topology");
                } else {
                    targets.add(targetName);
                }
            }
            policies.add(new Policy(name, type, policy, origin(policy, path), targets));
        }
    }

    List<Policy> policies(String type) {
        return policies.stream().filter(policy -> types.isA(policy.type(), type)).toList();
    }

    List<Template> templates(String type) {
        return templates.values().stream().filter(template -> types.isA(template.type(), type)).toList();
    }

    /** A property of a template: its own value, else its type's default; null when neither is a plain value. */
    DocNode property(Template template, String name) {
        DocNode own = Trees.map(template.node(), "properties").flatMap(p -> Trees.get(p, name)).orElse(null);
        return own != null ? own : types.propertyDefault(template.type(), name);
    }

    /**
     * A property the template itself states, ignoring type defaults: SOL001 descriptor properties (descriptor_id,
     * flavour_id...) count only when the descriptor states them, as Tacker requires ("VNF properties are mandatory").
     */
    String ownText(Template template, String name) {
        return Trees.map(template.node(), "properties").map(p -> Trees.text(p, name)).orElse(null);
    }

    String text(Template template, String name) {
        DocNode value = property(template, name);
        return value == null ? null : Trees.scalar(value);
    }

    private void checkVdus() {
        for (Template vdu : templates(ToscaTypes.VDU_COMPUTE)) {
            String path = vdu.origin().path().substring(document.pathPrefix(entry).length());
            if (text(vdu, "name") == null) {
                problem(vdu.node(), path + ".properties.name", "missing required property 'name' of "
                        + ToscaTypes.VDU_COMPUTE + " '" + vdu.name() + "'");
            }
            DocNode profile = property(vdu, "vdu_profile");
            if (!(profile instanceof MapNode)) {
                problem(vdu.node(), path + ".properties.vdu_profile", "missing required property 'vdu_profile' of "
                        + ToscaTypes.VDU_COMPUTE + " '" + vdu.name() + "' (expected min_number_of_instances and "
                        + "max_number_of_instances)");
                continue;
            }
            Integer min = Trees.integer(profile, "min_number_of_instances");
            Integer max = Trees.integer(profile, "max_number_of_instances");
            if (min == null || max == null || min < 0 || max < min) {
                problem(profile, path + ".properties.vdu_profile", "expected whole numbers 0 <= "
                        + "min_number_of_instances <= max_number_of_instances, found min "
                        + Trees.text(profile, "min_number_of_instances") + " and max "
                        + Trees.text(profile, "max_number_of_instances"));
            }
        }
    }

    /** The instantiation levels of the topology: the InstantiationLevels policy's level names. */
    List<String> levelNames() {
        return policies("tosca.policies.nfv.InstantiationLevels").stream()
                .flatMap(p -> Trees.map(p.node(), "properties").flatMap(props -> Trees.map(props, "levels")).stream())
                .flatMap(levels -> levels.fields().stream().map(DocNode.Field::key)).toList();
    }

    private void checkLevels() {
        List<String> defined = levelNames();
        for (Policy levels : policies("tosca.policies.nfv.InstantiationLevels")) {
            DocNode defaultLevel = Trees.map(levels.node(), "properties").flatMap(p -> Trees.get(p, "default_level"))
                    .orElse(null);
            String name = defaultLevel == null ? null : Trees.scalar(defaultLevel);
            if (name != null && !defined.contains(name)) {
                problem(defaultLevel, path(levels) + ".properties.default_level", "default level '" + name
                        + "' is not one of the defined instantiation levels " + defined);
            }
        }
        for (String type : List.of("tosca.policies.nfv.VduInstantiationLevels",
                "tosca.policies.nfv.VirtualLinkInstantiationLevels")) {
            for (Policy policy : policies(type)) {
                MapNode levels = Trees.map(policy.node(), "properties").flatMap(p -> Trees.map(p, "levels")).orElse(null);
                if (levels == null) {
                    continue;
                }
                for (DocNode.Field level : levels.fields()) {
                    if (!defined.contains(level.key())) {
                        problem(level.value(), path(policy) + ".properties.levels." + level.key(), "level '"
                                + level.key() + "' is not defined: " + (defined.isEmpty()
                                ? "expected a policy of type tosca.policies.nfv.InstantiationLevels defining it, none in this topology"
                                : "expected one of the instantiation levels " + defined));
                    }
                }
            }
        }
    }

    private String path(Policy policy) {
        return policy.origin().path().substring(document.pathPrefix(entry).length());
    }

    /** The node type this topology substitutes (a deployment flavour of a VNF), or null. */
    String substitutedType() {
        return Trees.map(topology, "substitution_mappings").map(m -> Trees.text(m, "node_type")).orElse(null);
    }

    boolean isFlavour() {
        String substituted = substitutedType();
        return substituted != null && types.isA(substituted, ToscaTypes.VNF);
    }

    /** The flavour id: substitution_mappings.properties.flavour_id, else the one its VNF template states. */
    String flavourId() {
        String mapped = Trees.map(topology, "substitution_mappings").flatMap(m -> Trees.map(m, "properties"))
                .map(p -> Trees.text(p, "flavour_id")).orElse(null);
        if (mapped != null) {
            return mapped;
        }
        return templates(ToscaTypes.VNF).stream().map(vnf -> ownText(vnf, "flavour_id")).filter(id -> id != null)
                .findFirst().orElse(null);
    }

    private void checkFlavour() {
        if (isFlavour() && flavourId() == null) {
            MapNode mappings = Trees.map(topology, "substitution_mappings").get();
            problem(mappings, "topology_template.substitution_mappings.properties.flavour_id", "deployment flavour of "
                    + substitutedType() + " has no flavour_id: expected substitution_mappings.properties.flavour_id "
                    + "or a flavour_id property on its VNF node template");
        }
    }
}
