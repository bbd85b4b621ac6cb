package demarc.importer.nfv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.format.Translation;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.UnstatedOwner;

/**
 * Maps descriptors ({@link NfvModel}) onto one inventory document and its coverage. The mapping and the id scheme
 * are documented in docs/formats/nfv.md; in short: a VNF is a function with its VDUs as the resources it
 * requires (replicas as {@code anyOf}), a PNF a pnf function, an NS a service requiring its constituents. A
 * descriptor never says who owns or runs anything, so every element belongs to the placeholder party
 * {@value #UNSTATED_OWNER} until an overlay binds it.
 */
public final class NfvInventory {

    public static final String UNSTATED_OWNER = UnstatedOwner.ID;
    /** The service class written for a network service, whose descriptor has no such notion (see the coverage). */
    static final String PLACEHOLDER_SERVICE_CLASS = UnstatedOwner.PLACEHOLDER_SERVICE_CLASS;

    private final String source;
    private final String format;
    private final Map<String, Entry> functions = new LinkedHashMap<>();
    private final Map<String, Entry> resources = new LinkedHashMap<>();
    private final Map<String, Entry> services = new LinkedHashMap<>();
    private final List<Coverage> coverage = new ArrayList<>();

    /** {@code source} is the translated file's name, which the document gives as its provenance. */
    public NfvInventory(String source, String format) {
        this.source = sourceId(source);
        this.format = format;
    }

    /**
     * The document's {@code source}: the file name as given, without leading {@code ./} and {@code ../} steps,
     * made a valid id ({@code /} and other characters become {@code -}), so re-importing the same file replaces it.
     */
    public static String sourceId(String fileName) {
        String name = fileName.replace('\\', '/');
        while (name.startsWith("./") || name.startsWith("../")) {
            name = name.substring(name.indexOf('/') + 1);
        }
        return NfvIds.of(name);
    }

    public void mapped(NfvModel.Origin at, String detail) {
        coverage.add(new Coverage(at.line(), at.path(), Outcome.MAPPED, detail));
    }

    public void skipped(NfvModel.Origin at, String detail) {
        coverage.add(new Coverage(at.line(), at.path(), Outcome.SKIPPED, detail));
    }

    public void unknown(NfvModel.Origin at, String detail) {
        coverage.add(new Coverage(at.line(), at.path(), Outcome.UNKNOWN, detail));
    }

    public void addVnf(NfvModel.Vnf vnf) {
        String id = NfvIds.of(vnf.descriptorId());
        boolean containerized = !vnf.vdus().isEmpty() && vnf.vdus().stream().allMatch(NfvModel.Vdu::container);
        Entry function = functions.computeIfAbsent(id, key -> new Entry(key, vnf.origin().line()));
        function.name = vnf.name();
        function.kind = containerized ? "cnf" : "vnf";
        function.attribute("descriptor", "VNFD " + vnf.descriptorId());
        function.attribute("vendor", vnf.provider());
        function.attribute("productName", vnf.productName());
        function.attribute("softwareVersion", vnf.softwareVersion());
        function.attribute("descriptorVersion", vnf.descriptorVersion());
        function.attribute("flavours", vnf.flavours());
        function.attribute("placementRules", vnf.placementRules());
        mapped(vnf.origin(), "VNF " + vnf.descriptorId() + " -> function " + id + " (kind " + function.kind
                + (containerized ? ", every VDU is container-style: no software image or virtual compute)" : ")")
                + (vnf.provider() == null ? "" : "; provider '" + vnf.provider() + "' kept as the vendor attribute"));
        stateUnknowns(vnf.origin(), "function " + id);
        for (NfvModel.Vdu vdu : vnf.vdus()) {
            addVdu(id, function, vdu);
        }
    }

    private void addVdu(String functionId, Entry function, NfvModel.Vdu vdu) {
        String kind = vdu.container() ? "container" : "vm";
        int replicas = Math.max(vdu.minInstances(), 1);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) {
            String id = replicas == 1 ? NfvIds.child(functionId, vdu.key()) : NfvIds.child(functionId, vdu.key() + "." + i);
            Entry resource = resources.computeIfAbsent(id, key -> new Entry(key, vdu.origin().line()));
            resource.name = vdu.name() + (replicas == 1 ? "" : " (replica " + i + " of " + replicas + ")");
            resource.kind = kind;
            resource.attribute("vdu", vdu.key());
            resource.attribute("minInstances", Integer.toString(vdu.minInstances()));
            resource.attribute("maxInstances", vdu.maxInstances() == null ? null : vdu.maxInstances().toString());
            resource.attribute("instanceCounts", vdu.instanceCounts());
            for (NfvModel.Storage storage : vdu.storages()) {
                String storageId = replicas == 1 ? NfvIds.child(functionId, storage.key())
                        : NfvIds.child(functionId, storage.key() + "." + i);
                Entry store = resources.computeIfAbsent(storageId, key -> new Entry(key, storage.origin().line()));
                store.name = storage.name();
                store.kind = "storage";
                resource.requires.add(storageId);
                mapped(storage.origin(), "virtual storage " + storage.key() + " of VDU " + vdu.key()
                        + " -> resource " + storageId + " (kind storage), required by " + id);
            }
            ids.add(id);
        }
        if (vdu.minInstances() == 0) {
            skipped(vdu.origin(), "VDU " + vdu.key() + " -> resource " + ids.get(0) + " (kind " + kind
                    + "), not required by " + functionId + ": its minimum number of instances is 0");
        } else if (replicas == 1) {
            function.requires.add(ids.get(0));
            mapped(vdu.origin(), "VDU " + vdu.key() + " -> resource " + ids.get(0) + " (kind " + kind
                    + "), required by " + functionId);
        } else {
            function.requires.add(List.copyOf(ids));
            mapped(vdu.origin(), "VDU " + vdu.key() + " -> " + replicas + " replica resources " + String.join(", ", ids)
                    + " (kind " + kind + "), required by " + functionId + " as anyOf (minimum " + replicas
                    + " instances; a quorum is not modelled)");
        }
    }

    public void addPnf(NfvModel.Pnf pnf) {
        String id = NfvIds.of(pnf.descriptorId());
        Entry function = functions.computeIfAbsent(id, key -> new Entry(key, pnf.origin().line()));
        function.name = pnf.name();
        function.kind = "pnf";
        function.attribute("descriptor", "PNFD " + pnf.descriptorId());
        function.attribute("vendor", pnf.provider());
        function.attribute("descriptorVersion", pnf.version());
        pnf.location().forEach((key, value) -> function.attribute("location." + key, value));
        mapped(pnf.origin(), "PNF " + pnf.descriptorId() + " -> function " + id + " (kind pnf)"
                + (pnf.location().isEmpty() ? "" : "; its location kept as attributes " + pnf.location().keySet()));
        stateUnknowns(pnf.origin(), "function " + id);
        unknown(pnf.origin(), "country and prefecture of " + id + " not stated as such; bind them with a placement overlay");
    }

    public void addNs(NfvModel.Ns ns) {
        String id = NfvIds.of(ns.descriptorId());
        Entry service = services.computeIfAbsent(id, key -> new Entry(key, ns.origin().line()));
        service.name = ns.name();
        mapped(ns.origin(), "NS " + ns.descriptorId() + " -> service " + id + " requiring its "
                + ns.members().size() + " constituent VNFs/PNFs");
        unknown(ns.origin(), "provider of service " + id + " not stated" + (ns.designer() == null ? ""
                : " (designer '" + ns.designer() + "' is not the provider)") + "; bind it with a placement overlay");
        unknown(ns.origin(), "service class of " + id + " not stated in the descriptor: '" + PLACEHOLDER_SERVICE_CLASS
                + "' written as a placeholder; set the class with an overlay");
        for (NfvModel.Member member : ns.members()) {
            String memberId = NfvIds.of(member.descriptorId());
            if (!service.requires.contains(memberId)) {
                service.requires.add(memberId);
            }
            if (!functions.containsKey(memberId)) {
                Entry reference = new Entry(memberId, member.origin().line());
                reference.kind = member.kind();
                reference.attribute("descriptor", member.kind().toUpperCase(Locale.ROOT) + "D "
                        + member.descriptorId() + " (referenced by NS " + ns.descriptorId() + ")");
                functions.put(memberId, reference);
                unknown(member.origin(), member.kind().toUpperCase(Locale.ROOT) + " " + member.descriptorId()
                        + " is only referenced here: function " + memberId + " written with kind " + member.kind()
                        + "; import its descriptor to describe it");
                stateUnknowns(member.origin(), "function " + memberId);
            }
        }
    }

    private void stateUnknowns(NfvModel.Origin at, String what) {
        unknown(at, "owner of " + what + " (and of the resources it requires) not stated; bind it with a placement "
                + "overlay (placeholder party '" + UNSTATED_OWNER + "')");
        unknown(at, "roles of " + what + " not stated in the descriptor; none inferred from names");
    }

    /** The inventory document and the coverage, in source-line order. */
    public Translation translation(String fileName) {
        List<Field> document = new ArrayList<>();
        document.add(field("inventory", 1, new ScalarNode(1, ScalarKind.INTEGER, "1")));
        document.add(field("source", 1, text(1, source)));
        if (!services.isEmpty() || !functions.isEmpty() || !resources.isEmpty()) {
            // the placeholder is defined only where an entry names it: a file that contributes nothing has no party
            document.add(field("parties", 1, new ListNode(1, List.of(placeholderParty()))));
        }
        if (!services.isEmpty()) {
            document.add(field("services", 1, entries(services, this::service)));
        }
        if (!functions.isEmpty()) {
            document.add(field("functions", 1, entries(functions, this::element)));
        }
        if (!resources.isEmpty()) {
            document.add(field("resources", 1, entries(resources, this::element)));
        }
        List<Coverage> ordered = new ArrayList<>(coverage);
        // the translated file first, then each imported file (paths "file#..."), each in line order
        ordered.sort(Comparator.comparing((Coverage c) -> c.path().contains("#")
                ? c.path().substring(0, c.path().indexOf('#') + 1) : "").thenComparingInt(Coverage::line));
        return new Translation(fileName, format, new MapNode(1, document), ordered);
    }

    private static MapNode placeholderParty() {
        return (MapNode) UnstatedOwner.party(1);
    }

    private static ListNode entries(Map<String, Entry> entries, Function<Entry, MapNode> toNode) {
        return new ListNode(1, entries.values().stream().map(entry -> (DocNode) toNode.apply(entry)).toList());
    }

    private MapNode service(Entry entry) {
        int line = entry.line;
        List<Field> fields = new ArrayList<>();
        fields.add(field("id", line, text(line, entry.id)));
        if (entry.name != null) {
            fields.add(field("name", line, text(line, entry.name)));
        }
        fields.add(field("provider", line, text(line, UNSTATED_OWNER)));
        fields.add(field("class", line, text(line, PLACEHOLDER_SERVICE_CLASS)));
        if (!entry.requires.isEmpty()) {
            fields.add(field("requires", line, requires(line, entry.requires)));
        }
        return new MapNode(line, fields);
    }

    private MapNode element(Entry entry) {
        int line = entry.line;
        List<Field> fields = new ArrayList<>();
        fields.add(field("id", line, text(line, entry.id)));
        if (entry.name != null) {
            fields.add(field("name", line, text(line, entry.name)));
        }
        fields.add(field("kind", line, text(line, entry.kind)));
        fields.add(field("owner", line, text(line, UNSTATED_OWNER)));
        if (!entry.requires.isEmpty()) {
            fields.add(field("requires", line, requires(line, entry.requires)));
        }
        if (!entry.attributes.isEmpty()) {
            List<Field> attributes = new ArrayList<>();
            entry.attributes.forEach((key, value) -> attributes.add(field(key, line, value instanceof List<?> list
                    ? new ListNode(line, list.stream().map(item -> (DocNode) text(line, item.toString())).toList())
                    : text(line, value.toString()))));
            fields.add(field("attributes", line, new MapNode(line, attributes)));
        }
        return new MapNode(line, fields);
    }

    private static ListNode requires(int line, List<Object> requires) {
        List<DocNode> items = new ArrayList<>();
        for (Object requirement : requires) {
            if (requirement instanceof List<?> anyOf) {
                items.add(new MapNode(line, List.of(field("anyOf", line,
                        new ListNode(line, anyOf.stream().map(id -> (DocNode) text(line, id.toString())).toList())))));
            } else {
                items.add(text(line, requirement.toString()));
            }
        }
        return new ListNode(line, items);
    }

    private static Field field(String key, int line, DocNode value) {
        return new Field(key, line, value);
    }

    private static ScalarNode text(int line, String value) {
        return new ScalarNode(line, ScalarKind.STRING, value);
    }

    /** A function, resource or service being built; {@code requires} holds ids and {@code anyOf} lists of ids. */
    private static final class Entry {
        final String id;
        final int line;
        String name;
        String kind;
        final List<Object> requires = new ArrayList<>();
        final Map<String, Object> attributes = new LinkedHashMap<>();

        Entry(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void attribute(String key, Object value) {
            if (value == null || value instanceof List<?> list && list.isEmpty()) {
                return;
            }
            attributes.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
        }
    }
}
