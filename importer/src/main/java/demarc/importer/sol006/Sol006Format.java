package demarc.importer.sol006;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import demarc.importer.document.ImportLimits;
import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentReader;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.ParsedDocument;
import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.nfv.NfvInventory;
import demarc.importer.nfv.NfvModel;
import demarc.importer.nfv.NfvModel.Origin;
import demarc.importer.nfv.Trees;

/**
 * ETSI GS NFV-SOL 006 descriptors (YANG modules etsi-nfv-vnfd, -nsd, -pnfd, -descriptors) as YANG-instance XML,
 * RFC 7951 JSON (module-qualified names such as {@code etsi-nfv-descriptors:nfv}) or OSM's SOL006-based YAML
 * ({@code vnfd:} as a map, {@code nsd: {nsd: [...]}}). The mapping is that of docs/formats/nfv.md, shared with
 * SOL001. OSM's legacy information model ({@code vnfd-catalog}, {@code nsd-catalog}) is refused with a message.
 */
public final class Sol006Format implements InventoryFormat {

    public static final String ID = "sol006";
    private static final String NAMESPACE_PREFIX = "urn:etsi:nfv:yang:etsi-nfv-";
    private static final Set<String> DESCRIPTOR_KEYS = Set.of("vnfd", "nsd", "pnfd", "nfv");

    private final ImportLimits limits;

    /** A format that reads with {@link ImportLimits#DEFAULTS}. */
    public Sol006Format() {
        this(ImportLimits.DEFAULTS);
    }

    public Sol006Format(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "ETSI NFV SOL006 VNFD/NSD/PNFD (YANG XML, RFC 7951 JSON, OSM SOL006 YAML)";
    }

    @Override
    public boolean recognizes(InputFile file) {
        String text = file.text();
        if (text.stripLeading().startsWith("<")) {
            return text.contains(NAMESPACE_PREFIX);
        }
        if (text.contains("etsi-nfv-descriptors:") || text.contains("etsi-nfv-vnfd:") || text.contains("etsi-nfv-nsd:")
                || text.contains("etsi-nfv-pnfd:")) {
            return true;
        }
        // OSM YAML: a top-level vnfd:, nsd: or legacy catalog key, without TOSCA
        return !text.contains("tosca_definitions_version")
                && text.lines().anyMatch(line -> line.matches("^(vnfd|nsd|pnfd|vnfd-catalog|nsd-catalog|"
                        + "vnfd:vnfd-catalog|nsd:nsd-catalog)\\s*:.*"));
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        DocNode root = read(file);
        if (!(root instanceof MapNode map)) {
            throw problem(root.line(), "$", "expected SOL006 descriptors (vnfd, nsd, pnfd or nfv at the top), found "
                    + root.describe());
        }
        MapNode descriptors = unqualified(map);
        for (DocNode.Field field : descriptors.fields()) {
            // vnfd-catalog, nsd-catalog, and their module-prefixed forms vnfd:vnfd-catalog, nsd:nsd-catalog
            if (field.key().endsWith("-catalog")) {
                throw problem(field.line(), field.key(), "'" + field.key() + "' is the legacy OSM information model "
                        + "(OSM release 8 and earlier, IM schema v3), not ETSI SOL006: convert the package to the "
                        + "SOL006-based model with the OSM client's package translation (osm package-translate, OSM "
                        + "release 9 and later) and import the result");
            }
        }
        MapNode nfv = Trees.map(descriptors, "nfv").map(Sol006Format::unqualified).orElse(descriptors);
        if (nfv.fields().stream().noneMatch(f -> DESCRIPTOR_KEYS.contains(f.key()))) {
            throw problem(nfv.line(), "$", "expected SOL006 descriptors: a vnfd, nsd or pnfd (or an nfv container), "
                    + "found " + nfv.fields().stream().map(DocNode.Field::key).toList());
        }
        return new Translator(file.name()).translate(nfv);
    }

    private DocNode read(InputFile file) throws TranslationException {
        String text = file.text();
        if (text.stripLeading().startsWith("<")) {
            try {
                YangXmlReader.YangXml xml = new YangXmlReader(limits.maxNestingDepth()).read(text);
                if (xml.namespace() == null || !xml.namespace().startsWith(NAMESPACE_PREFIX)
                        && !List.of("data", "config").contains(xml.rootName())) {
                    throw problem(1, xml.rootName(), "expected a root element in a SOL006 namespace ("
                            + NAMESPACE_PREFIX + "...), found <" + xml.rootName() + "> in " + xml.namespace());
                }
                DocNode.Field root = new DocNode.Field(xml.rootName(), xml.root().line(), xml.root());
                return List.of("data", "config").contains(xml.rootName()) ? xml.root()
                        : new MapNode(xml.root().line(), List.of(root));
            } catch (YangXmlReader.XmlProblem e) {
                throw new TranslationException(List.of(e.problem()));
            }
        }
        try {
            ParsedDocument parsed = DocumentReader.read(file.name(), text, limits);
            if (!parsed.problems().isEmpty()) {
                throw new TranslationException(parsed.problems());
            }
            return parsed.root();
        } catch (DocumentSyntaxException e) {
            throw new TranslationException(List.of(e.problem()));
        }
    }

    /** RFC 7951 qualifies top-level names with their module ({@code etsi-nfv-vnfd:vnfd}); the mapping does not need it. */
    private static MapNode unqualified(MapNode map) {
        List<DocNode.Field> fields = map.fields().stream().map(f -> {
            int colon = f.key().indexOf(':');
            boolean qualified = colon > 0 && f.key().startsWith("etsi-nfv-");
            return qualified ? new DocNode.Field(f.key().substring(colon + 1), f.line(), f.value()) : f;
        }).toList();
        return new MapNode(map.line(), fields);
    }

    static TranslationException problem(int line, String path, String message) {
        return new TranslationException(List.of(new DocumentProblem(line, path, message)));
    }

    /** One translation: checks the references inside each descriptor, then maps VNFDs, PNFDs and NSDs in that order. */
    private static final class Translator {
        private final NfvInventory inventory;
        private final String fileName;
        private final List<DocumentProblem> problems = new ArrayList<>();

        Translator(String fileName) {
            this.fileName = fileName;
            this.inventory = new NfvInventory(fileName, ID);
        }

        Translation translate(MapNode nfv) throws TranslationException {
            List<NfvModel.Vnf> vnfs = new ArrayList<>();
            List<NfvModel.Pnf> pnfs = new ArrayList<>();
            List<NfvModel.Ns> services = new ArrayList<>();
            List<DocNode> vnfds = Trees.items(nfv, "vnfd");
            for (int i = 0; i < vnfds.size(); i++) {
                vnfs.add(vnfd(vnfds.get(i), "vnfd" + index(vnfds, i)));
            }
            List<DocNode> pnfds = Trees.items(nfv, "pnfd");
            for (int i = 0; i < pnfds.size(); i++) {
                pnfs.add(pnfd(pnfds.get(i), "pnfd" + index(pnfds, i)));
            }
            // OSM writes the NSD list inside an nsd container: nsd: {nsd: [...]}
            DocNode nsdNode = Trees.get(nfv, "nsd").orElse(null);
            List<DocNode> nsds = nsdNode instanceof MapNode container && container.field("nsd").isPresent()
                    ? Trees.items(container, "nsd") : Trees.items(nfv, "nsd");
            String nsdPath = nsdNode instanceof MapNode container && container.field("nsd").isPresent() ? "nsd.nsd" : "nsd";
            for (int i = 0; i < nsds.size(); i++) {
                services.add(nsd(nsds.get(i), nsdPath + index(nsds, i)));
            }
            rejectDuplicates(vnfds, "vnfd");
            rejectDuplicates(pnfds, "pnfd");
            rejectDuplicates(nsds, "nsd");
            if (!problems.isEmpty()) {
                throw new TranslationException(problems);
            }
            vnfs.forEach(inventory::addVnf);
            pnfs.forEach(inventory::addPnf);
            services.forEach(inventory::addNs);
            return inventory.translation(fileName);
        }

        /** Two descriptors with one id would become one inventory entry: YANG list keys are unique. */
        private void rejectDuplicates(List<DocNode> descriptors, String what) {
            Map<String, Integer> first = new LinkedHashMap<>();
            for (DocNode descriptor : descriptors) {
                String id = Trees.text(descriptor, "id");
                Integer line = id == null ? null : first.putIfAbsent(id, descriptor.line());
                if (line != null) {
                    problems.add(new DocumentProblem(descriptor.line(), what + "[id=" + id + "]", "duplicate " + what
                            + " id '" + id + "' (first at line " + line + ")"));
                }
            }
        }

        private static String index(List<DocNode> items, int i) {
            return items.size() == 1 ? "" : "[" + i + "]";
        }

        private String requiredId(DocNode node, String path, String what) {
            String id = Trees.text(node, "id");
            if (id == null || id.isBlank()) {
                problems.add(new DocumentProblem(node.line(), path + ".id", "missing required leaf 'id' of the " + what));
            }
            return id;
        }

        private NfvModel.Vnf vnfd(DocNode vnfd, String path) {
            String id = requiredId(vnfd, path, "vnfd");
            Origin origin = new Origin(vnfd.line(), path);
            Map<String, DocNode> vdus = new LinkedHashMap<>();
            List<DocNode> vduItems = Trees.items(vnfd, "vdu");
            for (int i = 0; i < vduItems.size(); i++) {
                String vduId = requiredId(vduItems.get(i), path + ".vdu" + index(vduItems, i), "vdu");
                if (vduId != null) {
                    vdus.put(vduId, vduItems.get(i));
                }
            }
            Map<String, Integer> min = new LinkedHashMap<>();
            Map<String, Integer> max = new LinkedHashMap<>();
            Map<String, List<String>> counts = new LinkedHashMap<>();
            List<String> flavours = new ArrayList<>();
            List<String> placement = new ArrayList<>();
            List<DocNode> dfs = Trees.items(vnfd, "df");
            for (int d = 0; d < dfs.size(); d++) {
                DocNode df = dfs.get(d);
                String dfPath = path + ".df" + index(dfs, d);
                String dfId = requiredId(df, dfPath, "deployment flavour");
                flavours.add(dfId);
                readDf(df, dfPath, dfId, vdus, min, max, counts, placement);
                inventory.mapped(new Origin(df.line(), dfPath), "deployment flavour " + dfId
                        + " -> the instance counts of its VDUs and the placementRules attribute");
            }
            List<NfvModel.Vdu> read = new ArrayList<>();
            vdus.forEach((vduId, vdu) -> {
                boolean container = Trees.get(vdu, "sw-image-desc").isEmpty()
                        && Trees.get(vdu, "virtual-compute-desc").isEmpty();
                List<NfvModel.Storage> storages = Trees.items(vdu, "virtual-storage-desc").stream()
                        .map(Trees::scalar).filter(s -> s != null)
                        .map(s -> new NfvModel.Storage(s, new Origin(vdu.line(), path + ".vdu[id=" + vduId + "]"), s))
                        .toList();
                Origin vduOrigin = new Origin(vdu.line(), path + ".vdu[id=" + vduId + "]");
                if (!min.containsKey(vduId)) {
                    inventory.unknown(vduOrigin, "VDU " + vduId + " has no vdu-profile in any deployment flavour: "
                            + "counted as one instance");
                }
                String name = Trees.text(vdu, "name");
                read.add(new NfvModel.Vdu(vduId, vduOrigin, name != null ? name : vduId, container,
                        min.getOrDefault(vduId, 1), max.get(vduId), counts.getOrDefault(vduId, List.of()), storages));
                coverConnectivity(vdu, path + ".vdu[id=" + vduId + "]", "int-cpd", "internal connection point");
            });
            for (DocNode kdu : Trees.items(vnfd, "kdu")) {
                String name = Trees.text(kdu, "name");
                if (name != null) {
                    Origin kduOrigin = new Origin(kdu.line(), path + ".kdu[name=" + name + "]");
                    read.add(new NfvModel.Vdu(name, kduOrigin, name, true, 1, null,
                            List.of("OSM KDU (Kubernetes deployment unit): one deployment"), List.of()));
                }
            }
            coverConnectivity(vnfd, path, "ext-cpd", "external connection point");
            coverConnectivity(vnfd, path, "int-virtual-link-desc", "internal virtual link");
            String productName = Trees.text(vnfd, "product-name");
            return new NfvModel.Vnf(id == null ? "" : id, origin, productName, Trees.text(vnfd, "provider"), productName,
                    Trees.text(vnfd, "software-version"), Trees.text(vnfd, "version"), flavours, read, placement);
        }

        private void readDf(DocNode df, String dfPath, String dfId, Map<String, DocNode> vdus, Map<String, Integer> min,
                Map<String, Integer> max, Map<String, List<String>> counts, List<String> placement) {
            Map<String, List<String>> groupMembers = new LinkedHashMap<>();
            List<DocNode> profiles = Trees.items(df, "vdu-profile");
            for (int p = 0; p < profiles.size(); p++) {
                DocNode profile = profiles.get(p);
                String profilePath = dfPath + ".vdu-profile" + index(profiles, p);
                String vduId = Trees.text(profile, "id");
                if (vduId == null || !vdus.containsKey(vduId)) {
                    problems.add(new DocumentProblem(profile.line(), profilePath + ".id", "vdu-profile refers to VDU '"
                            + vduId + "', expected one of the vnfd's VDUs " + vdus.keySet()));
                    continue;
                }
                // YANG defaults of etsi-nfv-vnfd: min-number-of-instances and max-number-of-instances are 1
                int low = Trees.integer(profile, "min-number-of-instances") == null ? 1
                        : Trees.integer(profile, "min-number-of-instances");
                int high = Trees.integer(profile, "max-number-of-instances") == null ? 1
                        : Trees.integer(profile, "max-number-of-instances");
                if (low < 0 || high < low) {
                    problems.add(new DocumentProblem(profile.line(), profilePath, "expected 0 <= "
                            + "min-number-of-instances <= max-number-of-instances, found " + low + " and " + high));
                }
                min.merge(vduId, low, Math::min);
                max.merge(vduId, high, Math::max);
                counts.computeIfAbsent(vduId, k -> new ArrayList<>()).add("flavour " + dfId + ": min " + low + ", max " + high);
                // SOL006 2.6+ lists {id} under affinity-or-anti-affinity-group; earlier drafts a leaf-list ...-group-id
                List<DocNode> groups = new ArrayList<>(Trees.items(profile, "affinity-or-anti-affinity-group"));
                groups.addAll(Trees.items(profile, "affinity-or-anti-affinity-group-id"));
                for (DocNode group : groups) {
                    String groupId = Trees.scalar(group) != null ? Trees.scalar(group) : Trees.text(group, "id");
                    groupMembers.computeIfAbsent(groupId, k -> new ArrayList<>()).add(vduId);
                }
            }
            Set<String> levels = new LinkedHashSet<>();
            List<DocNode> levelItems = Trees.items(df, "instantiation-level");
            for (int l = 0; l < levelItems.size(); l++) {
                DocNode level = levelItems.get(l);
                String levelId = Trees.text(level, "id");
                levels.add(levelId);
                for (DocNode vduLevel : Trees.items(level, "vdu-level")) {
                    String vduId = Trees.text(vduLevel, "vdu-id");
                    if (vduId == null || !vdus.containsKey(vduId)) {
                        problems.add(new DocumentProblem(vduLevel.line(), dfPath + ".instantiation-level"
                                + index(levelItems, l) + ".vdu-level.vdu-id", "instantiation level '" + levelId
                                + "' refers to VDU '" + vduId + "', expected one of " + vdus.keySet()));
                        continue;
                    }
                    counts.computeIfAbsent(vduId, k -> new ArrayList<>()).add("flavour " + dfId + ", level " + levelId
                            + ": " + Trees.text(vduLevel, "number-of-instances"));
                }
            }
            DocNode defaultLevel = Trees.get(df, "default-instantiation-level").orElse(null);
            if (defaultLevel != null && !levels.contains(Trees.scalar(defaultLevel))) {
                problems.add(new DocumentProblem(defaultLevel.line(), dfPath + ".default-instantiation-level",
                        "default-instantiation-level '" + Trees.scalar(defaultLevel)
                        + "' is not one of the flavour's instantiation levels " + levels));
            }
            for (DocNode group : Trees.items(df, "affinity-or-anti-affinity-group")) {
                String groupId = Trees.text(group, "id");
                // "type" in SOL006 2.6+, "affinityorAntiaffinity" in earlier drafts (the ETSI complex-vnfd example)
                String type = Trees.text(group, "type") != null ? Trees.text(group, "type")
                        : Trees.text(group, "affinityorAntiaffinity");
                String text = "flavour " + dfId + ": " + type + " group " + groupId + " of "
                        + String.join(", ", groupMembers.getOrDefault(groupId, List.of()))
                        + (Trees.text(group, "scope") == null ? "" : " (scope " + Trees.text(group, "scope") + ")");
                placement.add(text);
                inventory.mapped(new Origin(group.line(), dfPath + ".affinity-or-anti-affinity-group[id=" + groupId + "]"),
                        "-> placementRules attribute: " + text);
            }
        }

        private void coverConnectivity(DocNode parent, String path, String key, String what) {
            for (DocNode item : Trees.items(parent, key)) {
                String id = Trees.text(item, "id");
                inventory.skipped(new Origin(item.line(), path + "." + key + "[id=" + id + "]"), "candidate connection: "
                        + what + " " + id + "; an inventory connection joins two parties' elements, which a "
                        + "descriptor does not name");
            }
        }

        private NfvModel.Pnf pnfd(DocNode pnfd, String path) {
            String id = requiredId(pnfd, path, "pnfd");
            Map<String, String> location = new TreeMap<>();
            Trees.map(pnfd, "geographical-location-info").ifPresent(geo -> geo.fields().forEach(f -> {
                if (Trees.scalar(f.value()) != null) {
                    location.put(f.key(), Trees.scalar(f.value()));
                }
            }));
            coverConnectivity(pnfd, path, "ext-cpd", "external connection point");
            return new NfvModel.Pnf(id == null ? "" : id, new Origin(pnfd.line(), path), Trees.text(pnfd, "name"),
                    Trees.text(pnfd, "provider"), Trees.text(pnfd, "version"), location);
        }

        private NfvModel.Ns nsd(DocNode nsd, String path) {
            String id = requiredId(nsd, path, "nsd");
            List<NfvModel.Member> members = new ArrayList<>();
            Set<String> vnfdIds = new LinkedHashSet<>();
            for (DocNode vnfdId : Trees.items(nsd, "vnfd-id")) {
                String value = Trees.scalar(vnfdId);
                if (value != null && vnfdIds.add(value)) {
                    members.add(new NfvModel.Member(value, new Origin(vnfdId.line(), path + ".vnfd-id"), "vnf"));
                }
            }
            for (DocNode pnfdId : Trees.items(nsd, "pnfd-id")) {
                String value = Trees.scalar(pnfdId);
                if (value != null) {
                    members.add(new NfvModel.Member(value, new Origin(pnfdId.line(), path + ".pnfd-id"), "pnf"));
                }
            }
            for (DocNode nested : Trees.items(nsd, "nested-nsd-id")) {
                inventory.skipped(new Origin(nested.line(), path + ".nested-nsd-id"), "nested NSD "
                        + Trees.scalar(nested) + ": a service cannot require a service");
            }
            List<DocNode> dfs = Trees.items(nsd, "df");
            for (int d = 0; d < dfs.size(); d++) {
                String dfPath = path + ".df" + index(dfs, d);
                List<DocNode> profiles = Trees.items(dfs.get(d), "vnf-profile");
                for (int p = 0; p < profiles.size(); p++) {
                    DocNode profile = profiles.get(p);
                    String vnfdId = Trees.text(profile, "vnfd-id");
                    if (vnfdId == null || !vnfdIds.contains(vnfdId)) {
                        problems.add(new DocumentProblem(profile.line(), dfPath + ".vnf-profile" + index(profiles, p)
                                + ".vnfd-id", "vnf-profile refers to VNFD '" + vnfdId + "', expected one of the nsd's "
                                + "vnfd-id " + vnfdIds));
                    }
                }
            }
            coverConnectivity(nsd, path, "sapd", "service access point");
            coverConnectivity(nsd, path, "virtual-link-desc", "NS virtual link");
            return new NfvModel.Ns(id == null ? "" : id, new Origin(nsd.line(), path), Trees.text(nsd, "name"),
                    Trees.text(nsd, "designer"), Trees.text(nsd, "version"), members);
        }
    }
}
