package demarc.importer.tosca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import demarc.importer.document.ImportLimits;
import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.nfv.NfvInventory;
import demarc.importer.nfv.NfvModel;
import demarc.importer.nfv.NfvModel.Origin;
import demarc.importer.nfv.Trees;
import demarc.importer.tosca.ToscaTopology.Policy;
import demarc.importer.tosca.ToscaTopology.Template;

/**
 * One translation of a SOL001 descriptor: load the package, check every topology, then read the entry file as a
 * VNFD (its deployment flavours are the imported topologies that substitute its VNF type), an NSD or a PNFD.
 */
final class Sol001Translator {

    /** The VNF properties SOL001 makes mandatory that identify the descriptor. */
    private static final List<String> VNF_DESCRIPTOR_PROPERTIES = List.of("descriptor_id", "descriptor_version",
            "provider", "product_name", "software_version");

    private final InputFile file;
    private final List<Path> importFolders;
    private final ImportLimits limits;
    /** Whether a flavour file is checked with the top-level VNFD beside it that imports it (not when checking that VNFD). */
    private final boolean checkPackage;
    private final List<DocumentProblem> problems = new ArrayList<>();
    private NfvInventory inventory;
    private ToscaTypes types;
    /** The files whose topology this translation read as deployment flavours of its VNF. */
    private final List<ToscaLoader.ToscaDocument> translatedFlavours = new ArrayList<>();

    Sol001Translator(InputFile file, List<Path> importFolders, ImportLimits limits) {
        this(file, importFolders, limits, true);
    }

    private Sol001Translator(InputFile file, List<Path> importFolders, ImportLimits limits, boolean checkPackage) {
        this.limits = limits;
        this.file = file;
        this.importFolders = importFolders;
        this.checkPackage = checkPackage;
    }

    Translation translate() throws TranslationException {
        ToscaLoader loader = new ToscaLoader(importFolders, limits);
        loader.load(file);
        problems.addAll(loader.problems());
        if (loader.documents().isEmpty()) {
            throw new TranslationException(problems);
        }
        types = new ToscaTypes(loader.documents());
        List<Inference> inferences = inferSubstitutedVnfTypes(loader.documents());
        List<ToscaTopology> topologies = new ArrayList<>();
        for (int i = 0; i < loader.documents().size(); i++) {
            ToscaLoader.ToscaDocument document = loader.documents().get(i);
            boolean entry = i == 0;
            MapNode topology = Trees.map(document.root(), "topology_template").orElse(null);
            if (topology != null && (entry || document.bundledVersion() == null)) {
                topologies.add(new ToscaTopology(document, entry, topology, types, problems, !loader.importMissing()));
            }
        }
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        ToscaTopology entry = topologies.isEmpty() || !topologies.get(0).entry ? null : topologies.get(0);
        MapNode root = loader.documents().get(0).root();
        inventory = new NfvInventory(file.name(), Sol001Format.ID);
        for (Inference inference : inferences) {
            inventory.mapped(inference.origin(), inference.note());
        }
        List<ToscaLoader.ToscaDocument> imported = loader.documents().subList(1, loader.documents().size());
        if (entry == null) {
            inventory.skipped(new Origin(root.line(), "$"), "no topology_template: the file defines types only ("
                    + typeCounts(root) + "), which descriptors use through their imports; nothing to translate on "
                    + "its own");
            return included(imported);
        }
        if (isFlavourFile(entry)) {
            Path importer = checkedImporter(entry);
            int line = root.field("topology_template").map(DocNode.Field::line).orElse(entry.topology.line());
            String flavour = "deployment-flavour file (flavour '" + entry.flavourId() + "' of "
                    + entry.substitutedType() + ")";
            inventory.skipped(new Origin(line, "topology_template"), importer != null ? flavour + " used through the "
                    + "imports of the top-level VNFD " + importer.getFileName() + ", which translates its VDUs and "
                    + "policies; nothing to translate on its own" : flavour + " without its top-level VNFD: no file "
                    + "beside it imports it, and its VNF node template states none of the VNFD's identity "
                    + VNF_DESCRIPTOR_PROPERTIES + "; its VDUs and policies are translated when the VNFD that imports "
                    + "it is imported; nothing to translate on its own");
            return included(imported);
        }
        if (!entry.templates(ToscaTypes.NS).isEmpty()) {
            translateNs(entry);
        } else if (entry.isFlavour() && entry.templates(ToscaTypes.VNF).isEmpty()) {
            fail(entry.topology, "topology_template.substitution_mappings", flavourOnly(entry));
        } else if (!entry.templates(ToscaTypes.VNF).isEmpty()) {
            translateVnfd(entry, topologies);
        } else if (!entry.templates(ToscaTypes.PNF).isEmpty()) {
            for (Template pnf : entry.templates(ToscaTypes.PNF)) {
                inventory.addPnf(pnf(entry, pnf));
            }
            coverRest(entry, List.of(ToscaTypes.PNF));
        } else {
            fail(entry.topology, "topology_template.node_templates", "no node template of type " + ToscaTypes.VNF
                    + ", " + ToscaTypes.NS + " or " + ToscaTypes.PNF + " (or a type derived from one): not an NFV descriptor");
        }
        for (ToscaLoader.ToscaDocument document : imported) {
            inventory.mapped(new Origin(1, document.name() + "#"), "imported " + (document.bundledVersion() != null
                    ? "(bundled SOL001 " + document.bundledVersion() + ")" : "from " + document.origin()));
        }
        return included(imported);
    }

    /**
     * The translation, with the imported files it stands for: the type files and the flavours it translated. An
     * imported file with a topology it did not translate (a VNFD an NSD imports) is not among them: an import unit
     * still translates that file on its own.
     */
    private Translation included(List<ToscaLoader.ToscaDocument> imported) {
        List<String> includes = imported.stream().filter(d -> d.includeKey() != null)
                .filter(d -> Trees.map(d.root(), "topology_template").isEmpty() || translatedFlavours.contains(d))
                .map(ToscaLoader.ToscaDocument::includeKey).toList();
        Translation translation = inventory.translation(file.name());
        return new Translation(translation.file(), translation.format(), translation.inventory(),
                translation.coverage(), includes);
    }

    /** An undefined type read as tosca.nodes.nfv.VNF, with its coverage line. */
    private record Inference(Origin origin, String note) {
    }

    /**
     * SOL001 has the node type a VNFD's deployment flavour substitutes be VNF-specific, and the bundled
     * etsi_nfv_sol001_vnfd_types.yaml defines tosca.nodes.nfv.VNF as "the generic abstract type from which all VNF
     * specific (abstract) node types shall be derived". When a flavour's {@code substitution_mappings.node_type} is
     * defined neither in its file nor in its imports (its package's types file is missing), that type is read as
     * tosca.nodes.nfv.VNF; any other undefined type stays an error.
     */
    private List<Inference> inferSubstitutedVnfTypes(List<ToscaLoader.ToscaDocument> documents) {
        List<Inference> inferences = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            ToscaLoader.ToscaDocument document = documents.get(i);
            if (document.bundledVersion() != null) {
                continue;
            }
            MapNode mappings = Trees.map(document.root(), "topology_template")
                    .flatMap(t -> Trees.map(t, "substitution_mappings")).orElse(null);
            String substituted = mappings == null ? null : Trees.text(mappings, "node_type");
            if (substituted == null || !types.inferableAsVnf(substituted)) {
                continue;
            }
            types.inferVnf(substituted);
            List<String> templates = Trees.map(document.root(), "topology_template")
                    .flatMap(t -> Trees.map(t, "node_templates")).map(MapNode::fields).orElse(List.of()).stream()
                    .filter(f -> substituted.equals(Trees.text(f.value(), "type"))).map(DocNode.Field::key).toList();
            int line = mappings.field("node_type").map(DocNode.Field::line).orElse(mappings.line());
            inferences.add(new Inference(new Origin(line, document.pathPrefix(i == 0)
                    + "topology_template.substitution_mappings.node_type"), "node type " + substituted + " is defined "
                    + "neither in this file nor in its imports: its node templates " + templates + " are read as "
                    + ToscaTypes.VNF + ", the type inferred from substitution_mappings (SOL001: the node type a VNFD "
                    + "deployment flavour substitutes is VNF-specific, and etsi_nfv_sol001_vnfd_types.yaml defines "
                    + ToscaTypes.VNF + " as the generic abstract type from which all VNF specific node types shall be "
                    + "derived)"));
        }
        return inferences;
    }

    /** "node_types: 3, data_types: 2": what a type file defines, for its coverage line. */
    private static String typeCounts(MapNode root) {
        List<String> counts = new ArrayList<>();
        for (DocNode.Field field : root.fields()) {
            if (field.key().endsWith("_types") && field.value() instanceof MapNode types) {
                counts.add(field.key() + ": " + types.fields().size());
            }
        }
        return counts.isEmpty() ? "no types either" : String.join(", ", counts);
    }

    /**
     * A topology that substitutes a VNF type and whose VNF node template, if any, does not state the
     * descriptor's id: a deployment flavour, or a whole VNFD that lacks its descriptor_id. Only its package tells
     * which ({@link #checkedImporter}).
     */
    private boolean isFlavourFile(ToscaTopology entry) {
        if (!checkPackage || !entry.isFlavour() || !entry.templates(ToscaTypes.NS).isEmpty()) {
            return false;
        }
        List<Template> vnfs = entry.templates(ToscaTypes.VNF);
        return vnfs.isEmpty() || entry.ownText(vnfs.get(0), "descriptor_id") == null;
    }

    /**
     * The top-level VNFD beside a flavour file that imports it, translated to check the package the flavour
     * belongs to: a flavour is only valid in a valid package, so its problems refuse the flavour too (each named
     * with its own file and line). Without such a file, a flavour whose VNF node template states none of the VNFD's
     * identity properties is a flavour whose package is elsewhere (null); one that states some of them but not its
     * descriptor_id, or has no VNF node template, cannot be told from a VNFD that lacks them and is refused.
     */
    private Path checkedImporter(ToscaTopology entry) throws TranslationException {
        Path self = onDisk(file.name());
        List<Path> importers = self == null ? List.of() : importersBeside(self);
        if (importers.isEmpty()) {
            List<Template> vnfs = entry.templates(ToscaTypes.VNF);
            if (vnfs.isEmpty()) {
                fail(entry.topology, "topology_template.substitution_mappings", flavourOnly(entry));
            }
            if (VNF_DESCRIPTOR_PROPERTIES.stream().noneMatch(p -> entry.ownText(vnfs.get(0), p) != null)) {
                return null;
            }
            fail(vnfs.get(0).node(), vnfs.get(0).origin().path() + ".properties.descriptor_id", flavourOnly(entry));
        }
        Path importer = importers.get(0);
        try {
            new Sol001Translator(read(importer), importFolders, limits, false).translate();
        } catch (TranslationException refused) {
            throw new TranslationException(refused.problems().stream().map(problem -> new DocumentProblem(
                    problem.line(), problem.path(), "in " + importer.getFileName() + ", the top-level VNFD that imports "
                    + "this deployment flavour: " + problem.message())).toList());
        }
        return importer;
    }

    /** The YAML files in the flavour's folder that import it (by a path that resolves to it). */
    private List<Path> importersBeside(Path self) {
        Path absolute = self.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        List<Path> importers = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(absolute.getParent())) {
            for (Path sibling : siblings.filter(p -> !p.equals(absolute)).filter(p -> p.toString().endsWith(".yaml")
                    || p.toString().endsWith(".yml")).sorted().toList()) {
                InputFile candidate = read(sibling);
                if (!candidate.text().contains(name)) {
                    continue;
                }
                ToscaLoader loader = new ToscaLoader(importFolders, limits);
                loader.load(candidate);
                if (loader.documents().stream().skip(1).anyMatch(d -> d.file() != null
                        && d.file().toAbsolutePath().normalize().equals(absolute))) {
                    importers.add(sibling);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importers;
    }

    private static Path onDisk(String name) {
        try {
            Path path = Path.of(name);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static InputFile read(Path file) {
        try {
            return new InputFile(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String flavourOnly(ToscaTopology entry) {
        return "this is a deployment-flavour file (flavour '" + entry.flavourId() + "' of " + entry.substitutedType()
                + ") whose VNF node template states no descriptor_id: if it is a flavour, translate the top-level VNFD "
                + "that imports it; if it is the whole VNFD, it lacks the descriptor_id SOL001 makes mandatory";
    }

    private void fail(DocNode at, String path, String message) throws TranslationException {
        throw new TranslationException(List.of(new DocumentProblem(at.line(), path, message)));
    }

    private void translateVnfd(ToscaTopology entry, List<ToscaTopology> topologies) throws TranslationException {
        List<Template> vnfs = entry.templates(ToscaTypes.VNF);
        Template vnf = vnfs.get(0);
        String descriptorId = entry.ownText(vnf, "descriptor_id");
        if (descriptorId == null && entry.isFlavour()) {
            fail(vnf.node(), vnf.origin().path() + ".properties.descriptor_id", flavourOnly(entry));
        }
        String path = vnf.origin().path();
        if (vnfs.size() > 1) {
            fail(vnfs.get(1).node(), vnfs.get(1).origin().path(), "a VNFD has one VNF node template; found '"
                    + vnf.name() + "' and '" + vnfs.get(1).name() + "'");
        }
        List<String> missing = VNF_DESCRIPTOR_PROPERTIES.stream().filter(p -> entry.ownText(vnf, p) == null).toList();
        if (!missing.isEmpty()) {
            fail(vnf.node(), path + ".properties", "VNF '" + vnf.name() + "' lacks the mandatory SOL001 VNF properties "
                    + missing + " (expected the VNFD's identity: descriptor_id, descriptor_version, provider, "
                    + "product_name, software_version)");
        }
        List<ToscaTopology> flavours = new ArrayList<>();
        for (ToscaTopology topology : topologies) {
            boolean ownFlavour = topology.isFlavour() && (types.isA(vnf.type(), topology.substitutedType())
                    || types.isA(topology.substitutedType(), vnf.type()));
            if (ownFlavour || topology.entry && !topology.templates(ToscaTypes.VDU_COMPUTE).isEmpty()) {
                if (!flavours.contains(topology)) {
                    flavours.add(topology);
                }
            }
        }
        Map<String, VduAcc> vdus = new LinkedHashMap<>();
        List<String> flavourIds = new ArrayList<>();
        List<String> placement = new ArrayList<>();
        for (ToscaTopology flavour : flavours) {
            translatedFlavours.add(flavour.document);
            String flavourId = flavour.flavourId() != null ? flavour.flavourId() : "(single flavour)";
            flavourIds.add(flavourId);
            readFlavour(flavour, flavourId, vdus, placement);
        }
        if (!flavours.contains(entry)) {
            coverRest(entry, List.of(ToscaTypes.VNF));
        }
        if (flavours.isEmpty()) {
            inventory.unknown(vnf.origin(), "no deployment flavour found among the imports: the VNF has no VDUs here");
        }
        boolean anyContainer = vdus.values().stream().anyMatch(v -> v.container);
        inventory.addVnf(new NfvModel.Vnf(descriptorId, vnf.origin(), entry.text(vnf, "product_name"),
                entry.text(vnf, "provider"), entry.text(vnf, "product_name"), entry.text(vnf, "software_version"),
                entry.text(vnf, "descriptor_version"), flavourIds,
                vdus.values().stream().map(VduAcc::vdu).toList(), placement));
        if (anyContainer) {
            inventory.mapped(vnf.origin(), "VDUs without sw_image_data, SwImage artifact or virtual_compute are "
                    + "Kubernetes-style: their resources are containers");
        }
    }

    /** What the flavours say about one VDU, gathered across flavours. */
    private static final class VduAcc {
        final String key;
        final Origin origin;
        String name;
        boolean container = true;
        int min = Integer.MAX_VALUE;
        Integer max;
        final List<String> counts = new ArrayList<>();
        final Map<String, NfvModel.Storage> storages = new LinkedHashMap<>();

        VduAcc(String key, Origin origin) {
            this.key = key;
            this.origin = origin;
        }

        NfvModel.Vdu vdu() {
            return new NfvModel.Vdu(key, origin, name, container, min == Integer.MAX_VALUE ? 1 : min, max, counts,
                    List.copyOf(storages.values()));
        }
    }

    private void readFlavour(ToscaTopology flavour, String flavourId, Map<String, VduAcc> vdus, List<String> placement) {
        Map<String, Integer> initial = new TreeMap<>();
        for (Policy delta : flavour.policies("tosca.policies.nfv.VduInitialDelta")) {
            Integer count = Trees.map(delta.node(), "properties").flatMap(p -> Trees.map(p, "initial_delta"))
                    .map(d -> Trees.integer(d, "number_of_instances")).orElse(null);
            delta.targets().forEach(target -> initial.put(target, count));
        }
        Map<String, List<String>> levelCounts = new LinkedHashMap<>();
        for (Policy levels : flavour.policies("tosca.policies.nfv.VduInstantiationLevels")) {
            Trees.map(levels.node(), "properties").flatMap(p -> Trees.map(p, "levels")).ifPresent(map -> {
                for (DocNode.Field level : map.fields()) {
                    String count = Trees.text(level.value(), "number_of_instances");
                    levels.targets().forEach(target -> levelCounts.computeIfAbsent(target, k -> new ArrayList<>())
                            .add(level.key() + "=" + count));
                }
            });
        }
        for (Template template : flavour.templates(ToscaTypes.VDU_COMPUTE)) {
            VduAcc vdu = vdus.computeIfAbsent(template.name(), key -> new VduAcc(key, template.origin()));
            vdu.name = flavour.text(template, "name");
            DocNode profile = flavour.property(template, "vdu_profile");
            int min = Trees.integer(profile, "min_number_of_instances");
            int max = Trees.integer(profile, "max_number_of_instances");
            vdu.min = Math.min(vdu.min, min);
            vdu.max = vdu.max == null ? max : Math.max(vdu.max, max);
            boolean image = flavour.property(template, "sw_image_data") != null
                    || Trees.map(template.node(), "artifacts").map(a -> a.fields().stream().anyMatch(f ->
                    types.isA(String.valueOf(Trees.text(f.value(), "type")), ToscaTypes.SW_IMAGE))).orElse(false);
            boolean compute = Trees.map(template.node(), "capabilities").flatMap(c -> Trees.get(c, "virtual_compute"))
                    .isPresent();
            vdu.container &= !image && !compute;
            StringBuilder count = new StringBuilder("flavour " + flavourId + ": min " + min + ", max " + max);
            if (initial.containsKey(template.name())) {
                count.append(", initial delta ").append(initial.get(template.name()));
            }
            if (levelCounts.containsKey(template.name())) {
                count.append(", levels ").append(String.join(" ", levelCounts.get(template.name())));
            }
            vdu.counts.add(count.toString());
            for (DocNode requirement : Trees.items(template.node(), "requirements")) {
                String storageName = Trees.text(requirement, "virtual_storage");
                Template storage = storageName == null ? null : flavour.templates.get(storageName);
                if (storage != null) {
                    String storageLabel = flavour.text(storage, "name");
                    vdu.storages.putIfAbsent(storageName, new NfvModel.Storage(storageName, storage.origin(),
                            storageLabel != null ? storageLabel : storageName));
                }
            }
        }
        for (String ruleType : List.of("tosca.policies.nfv.AffinityRule", "tosca.policies.nfv.AntiAffinityRule")) {
            for (Policy rule : flavour.policies(ruleType)) {
                List<String> members = new ArrayList<>();
                rule.targets().forEach(t -> members.addAll(flavour.groups.getOrDefault(t, List.of(t))));
                String scope = Trees.map(rule.node(), "properties").map(p -> Trees.text(p, "scope")).orElse(null);
                String text = "flavour " + flavourId + ": " + (ruleType.endsWith("AntiAffinityRule") ? "anti-affinity"
                        : "affinity") + " of " + String.join(", ", members) + (scope == null ? "" : " (scope " + scope + ")");
                placement.add(text);
                inventory.mapped(rule.origin(), "policy " + rule.name() + " -> placementRules attribute: " + text);
            }
        }
        for (Policy policy : flavour.policies) {
            if (!types.isA(policy.type(), "tosca.policies.nfv.AffinityRule")
                    && !types.isA(policy.type(), "tosca.policies.nfv.AntiAffinityRule")) {
                boolean counted = List.of("tosca.policies.nfv.VduInitialDelta", "tosca.policies.nfv.VduInstantiationLevels",
                        "tosca.policies.nfv.InstantiationLevels").stream().anyMatch(t -> types.isA(policy.type(), t));
                if (counted) {
                    inventory.mapped(policy.origin(), "policy " + policy.name() + " (" + policy.type()
                            + ") -> the instanceCounts attribute of its VDUs");
                } else {
                    inventory.skipped(policy.origin(), "policy " + policy.name() + " (" + policy.type()
                            + ") describes lifecycle or scaling, not what runs where");
                }
            }
        }
        coverRest(flavour, List.of(ToscaTypes.VNF, ToscaTypes.VDU_COMPUTE));
        for (Template storage : ToscaTypes.VDU_STORAGE.stream().flatMap(t -> flavour.templates(t).stream()).toList()) {
            boolean attached = vdus.values().stream().anyMatch(v -> v.storages.containsKey(storage.name()));
            if (!attached) {
                inventory.skipped(storage.origin(), "virtual storage " + storage.name() + " is attached to no VDU");
            }
        }
    }

    /** Coverage for the templates not mapped above: candidate connections, storage (mapped with its VDU), the rest. */
    private void coverRest(ToscaTopology topology, List<String> mappedTypes) {
        for (Template template : topology.templates.values()) {
            if (mappedTypes.stream().anyMatch(t -> types.isA(template.type(), t))) {
                continue;
            }
            if (ToscaTypes.VDU_STORAGE.stream().anyMatch(t -> types.isA(template.type(), t))) {
                continue;
            }
            List<String> links = new ArrayList<>();
            for (DocNode requirement : Trees.items(template.node(), "requirements")) {
                if (requirement instanceof MapNode map) {
                    map.fields().forEach(f -> links.add(f.key() + " -> " + Trees.scalar(f.value())));
                }
            }
            String detail = template.type() + " '" + template.name() + "'" + (links.isEmpty() ? "" : " " + links);
            if (isConnectivity(template.type())) {
                inventory.skipped(template.origin(), "candidate connection: " + detail + "; an inventory connection "
                        + "joins two parties' elements, which a descriptor does not name");
            } else {
                inventory.skipped(template.origin(), detail + " is not an inventory element");
            }
        }
    }

    private boolean isConnectivity(String type) {
        return List.of("tosca.nodes.nfv.Cp", "tosca.nodes.nfv.VnfVirtualLink", "tosca.nodes.nfv.NsVirtualLink",
                "tosca.nodes.nfv.Sap", "tosca.nodes.nfv.VnfExtCp", "tosca.nodes.nfv.VduCp", "tosca.nodes.nfv.PnfExtCp")
                .stream().anyMatch(t -> types.isA(type, t));
    }

    private NfvModel.Pnf pnf(ToscaTopology topology, Template pnf) throws TranslationException {
        String id = topology.text(pnf, "descriptor_id");
        if (id == null) {
            fail(pnf.node(), pnf.origin().path() + ".properties.descriptor_id", "PNF '" + pnf.name()
                    + "' has no descriptor_id (expected the PNFD id, required by SOL001)");
        }
        Map<String, String> location = new TreeMap<>();
        DocNode geo = topology.property(pnf, "geographical_location_info");
        if (geo instanceof MapNode map) {
            map.fields().forEach(f -> {
                if (Trees.scalar(f.value()) != null) {
                    location.put(f.key(), Trees.scalar(f.value()));
                }
            });
        }
        return new NfvModel.Pnf(id, pnf.origin(), topology.text(pnf, "name"), topology.text(pnf, "provider"),
                topology.text(pnf, "version"), location);
    }

    private void translateNs(ToscaTopology entry) throws TranslationException {
        List<Template> services = entry.templates(ToscaTypes.NS);
        Template ns = services.stream().filter(t -> t.type().equals(entry.substitutedType())
                || entry.substitutedType() != null && types.isA(entry.substitutedType(), t.type())).findFirst()
                .orElse(services.get(0));
        String descriptorId = entry.text(ns, "descriptor_id");
        if (descriptorId == null) {
            fail(ns.node(), ns.origin().path() + ".properties.descriptor_id", "NS '" + ns.name()
                    + "' has no descriptor_id (expected the NSD id, required by SOL001)");
        }
        List<NfvModel.Member> members = new ArrayList<>();
        for (Template vnf : entry.templates(ToscaTypes.VNF)) {
            String id = entry.text(vnf, "descriptor_id");
            if (id == null) {
                fail(vnf.node(), vnf.origin().path() + ".properties.descriptor_id", "VNF '" + vnf.name()
                        + "' of the NS has no descriptor_id (expected the id of its VNFD)");
            }
            members.add(new NfvModel.Member(id, vnf.origin(), "vnf"));
            inventory.addVnf(new NfvModel.Vnf(id, vnf.origin(), entry.text(vnf, "product_name"),
                    entry.text(vnf, "provider"), entry.text(vnf, "product_name"), entry.text(vnf, "software_version"),
                    entry.text(vnf, "descriptor_version"), entry.text(vnf, "flavour_id") == null ? List.of()
                    : List.of(entry.text(vnf, "flavour_id")), List.of(), List.of()));
            inventory.unknown(vnf.origin(), "the VDUs of VNF " + id + " are in its VNFD, not in this NSD: import the VNFD too");
        }
        for (Template pnf : entry.templates(ToscaTypes.PNF)) {
            NfvModel.Pnf read = pnf(entry, pnf);
            inventory.addPnf(read);
            members.add(new NfvModel.Member(read.descriptorId(), pnf.origin(), "pnf"));
        }
        inventory.addNs(new NfvModel.Ns(descriptorId, ns.origin(), entry.text(ns, "name"), entry.text(ns, "designer"),
                entry.text(ns, "version"), members));
        for (Template other : services) {
            if (other != ns) {
                inventory.skipped(other.origin(), "nested NS '" + other.name() + "': a service cannot require a service");
            }
        }
        coverRest(entry, List.of(ToscaTypes.VNF, ToscaTypes.PNF, ToscaTypes.NS));
        for (Policy policy : entry.policies) {
            inventory.skipped(policy.origin(), "policy " + policy.name() + " (" + policy.type() + ") not mapped");
        }
    }
}
