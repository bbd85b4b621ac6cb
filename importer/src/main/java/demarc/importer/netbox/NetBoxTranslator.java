package demarc.importer.netbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.TreePaths;
import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.translated.Countries;
import demarc.importer.translated.InventoryTree;
import demarc.importer.translated.InventoryTree.Element;
import demarc.importer.translated.SourceJson;

/**
 * Translates one NetBox file. Both shapes become the same records (model, primary key, fields): dumpdata
 * gives them directly with integer foreign keys, the REST API nests {@code {id, name, ...}} references and
 * names its model in the object's {@code url}. Records are indexed by model and key once, so every lookup
 * is a hash lookup and the 4 MB demo dump translates in one pass per mapped model.
 */
final class NetBoxTranslator {

    static final String TENANT = "tenancy.tenant";
    static final String PROVIDER = "circuits.provider";
    static final String SITE = "dcim.site";
    static final String REGION = "dcim.region";
    static final String DEVICE = "dcim.device";
    static final String CLUSTER = "virtualization.cluster";
    static final String VM = "virtualization.virtualmachine";
    static final String CIRCUIT = "circuits.circuit";
    static final String TERMINATION = "circuits.circuittermination";

    /** Models read only to name things (roles, types) and to find countries (regions). */
    private static final Set<String> LOOKUPS = Set.of(REGION, "dcim.devicerole", "dcim.devicetype",
            "dcim.manufacturer", "dcim.platform", "virtualization.clustertype", "circuits.circuittype");
    private static final Set<String> MAPPED = Set.of(TENANT, PROVIDER, SITE, DEVICE, CLUSTER, VM, CIRCUIT, TERMINATION);
    /** Source fields kept as attributes when they have a value. */
    private static final List<String> KEPT = List.of("name", "slug", "status", "description", "serial", "asset_tag",
            "facility", "physical_address", "time_zone", "latitude", "longitude", "cid", "commit_rate",
            "install_date", "vcpus", "memory", "disk", "position", "face");
    private static final Pattern URL = Pattern.compile("/api/([a-z-]+)/([a-z-]+)/[^/]+/?$");
    private static final Map<String, String> REST_TYPES = Map.ofEntries(Map.entry("dcim/devices", DEVICE),
            Map.entry("dcim/sites", SITE), Map.entry("dcim/regions", REGION),
            Map.entry("dcim/device-roles", "dcim.devicerole"), Map.entry("dcim/device-types", "dcim.devicetype"),
            Map.entry("dcim/manufacturers", "dcim.manufacturer"), Map.entry("dcim/platforms", "dcim.platform"),
            Map.entry("tenancy/tenants", TENANT), Map.entry("circuits/providers", PROVIDER),
            Map.entry("circuits/circuits", CIRCUIT), Map.entry("circuits/circuit-terminations", TERMINATION),
            Map.entry("circuits/circuit-types", "circuits.circuittype"), Map.entry("virtualization/clusters", CLUSTER),
            Map.entry("virtualization/cluster-types", "virtualization.clustertype"),
            Map.entry("virtualization/virtual-machines", VM));

    /** One NetBox object, whichever shape it came in. */
    record Row(String model, String pk, DocNode.MapNode fields, int line, String path) {
    }

    private final InventoryTree tree;
    private final DocNode root;
    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Map<String, Map<String, Row>> rows = new LinkedHashMap<>();
    private final Map<String, String> countries = new HashMap<>();

    NetBoxTranslator(InputFile file, DocNode root) {
        this.tree = new InventoryTree(file);
        this.root = root;
    }

    Translation translate(String format) throws TranslationException {
        read();
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        rows(TENANT).values().forEach(row -> party(row, "tenant"));
        rows(PROVIDER).values().forEach(row -> party(row, "provider"));
        rows(SITE).values().forEach(this::site);
        rows(DEVICE).values().forEach(this::device);
        rows(CLUSTER).values().forEach(this::cluster);
        rows(VM).values().forEach(this::virtualMachine);
        rows(CIRCUIT).values().forEach(this::circuit);
        rows(TERMINATION).values().forEach(this::termination);
        for (Map.Entry<String, Map<String, Row>> model : rows.entrySet()) {
            if (!MAPPED.contains(model.getKey())) {
                Row first = model.getValue().values().iterator().next();
                tree.skipped(first.line(), first.path(), model.getKey() + ": " + model.getValue().size()
                        + " record(s) not mapped, " + (LOOKUPS.contains(model.getKey())
                        ? "read only for the names and countries of the mapped objects"
                        : "the inventory has no counterpart for them"));
            }
        }
        return tree.translation(format);
    }

    private Map<String, Row> rows(String model) {
        return rows.getOrDefault(model, Map.of());
    }

    // reading

    private void read() {
        if (root instanceof DocNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                record(list.items().get(i), TreePaths.index(TreePaths.ROOT, i));
            }
        } else if (root instanceof DocNode.MapNode map && map.field("results").isPresent()) {
            List<DocNode> results = SourceJson.items(map, "results");
            for (int i = 0; i < results.size(); i++) {
                record(results.get(i), TreePaths.index("results", i));
            }
            SourceJson.text(map, "next").ifPresent(next -> tree.skipped(map.line(), "next", "this file is one page of"
                    + " a paginated answer: the objects of the next pages (" + next + ") are not in it"));
        } else {
            record(root, TreePaths.ROOT);
        }
    }

    private void record(DocNode node, String path) {
        if (!(node instanceof DocNode.MapNode map)) {
            problems.add(SourceJson.problem(node, path, "expected a NetBox object, found " + node.describe()));
            return;
        }
        if (map.field("model").isPresent()) {
            dumpRecord(map, path);
            return;
        }
        String model = restModel(map);
        Optional<String> pk = SourceJson.text(map, "id");
        if (model == null || pk.isEmpty()) {
            problems.add(SourceJson.problem(node, path, "not a NetBox object this importer knows: expected a dumpdata"
                    + " record {\"model\", \"pk\", \"fields\"} or a REST object with 'id' and a 'url' of /api/<app>/<type>/<id>/"
                    + " (or the fields of a device, virtual machine, cluster, site, tenant, provider, circuit or"
                    + " circuit termination)"));
            return;
        }
        add(new Row(model, pk.get(), map, map.line(), path));
    }

    private void dumpRecord(DocNode.MapNode map, String path) {
        Optional<String> model = SourceJson.text(map, "model");
        Optional<DocNode.MapNode> fields = SourceJson.map(map, "fields");
        if (model.isEmpty() || !model.get().contains(".")) {
            problems.add(SourceJson.problem(map, TreePaths.key(path, "model"),
                    "expected the model as '<app>.<model>' (e.g. dcim.device)"));
            return;
        }
        if (fields.isEmpty()) {
            problems.add(SourceJson.problem(map, TreePaths.key(path, "fields"), "missing 'fields' of the "
                    + model.get() + " record"));
            return;
        }
        Optional<String> pk = SourceJson.text(map, "pk");
        if (pk.isEmpty() && MAPPED.contains(model.get())) {
            problems.add(SourceJson.problem(map, TreePaths.key(path, "pk"), "missing 'pk' of the " + model.get()
                    + " record (its objects are referred to by it)"));
            return;
        }
        add(new Row(model.get(), pk.orElse(path), fields.get(), map.line(), path));
    }

    private void add(Row row) {
        Row first = rows.computeIfAbsent(row.model(), m -> new LinkedHashMap<>()).putIfAbsent(row.pk(), row);
        if (first != null) {
            problems.add(new DocumentProblem(row.line(), row.path(), "duplicate " + row.model() + " " + row.pk()
                    + " (first at line " + first.line() + ")"));
        }
    }

    /** The model of a REST object: from its url, else from the fields only that model has. */
    static String restModel(DocNode.MapNode map) {
        Optional<String> url = SourceJson.text(map, "url");
        if (url.isPresent()) {
            Matcher matcher = URL.matcher(url.get());
            if (matcher.find()) {
                String model = REST_TYPES.get(matcher.group(1) + "/" + matcher.group(2));
                if (model != null) {
                    return model;
                }
                return matcher.group(1) + "." + matcher.group(2).replace("-", "").replaceAll("s$", "");
            }
        }
        if (has(map, "cid")) {
            return CIRCUIT;
        }
        if (has(map, "term_side")) {
            return TERMINATION;
        }
        if (has(map, "device_type")) {
            return DEVICE;
        }
        if (has(map, "vcpus") || has(map, "memory") || has(map, "cluster") && !has(map, "type")) {
            return VM;
        }
        if (has(map, "virtualmachine_count") || has(map, "type") && has(map, "group")) {
            return CLUSTER;
        }
        if (has(map, "facility") || has(map, "time_zone") || has(map, "physical_address")) {
            return SITE;
        }
        if (has(map, "accounts") || has(map, "circuit_count") || has(map, "asns")) {
            return PROVIDER;
        }
        if (has(map, "slug") && has(map, "group")) {
            return TENANT;
        }
        return null;
    }

    private static boolean has(DocNode.MapNode map, String key) {
        return map.field(key).isPresent();
    }

    // references

    /** The key a foreign-key field refers to: an integer in dumpdata, {@code {"id": ...}} in the REST API. */
    private static Optional<String> ref(Row row, String field) {
        Optional<DocNode> value = SourceJson.value(row.fields(), field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof DocNode.ScalarNode scalar) {
            return Optional.of(scalar.text());
        }
        return SourceJson.text(value.get(), "id");
    }

    /** The name of the object a field refers to: nested in REST, looked up in {@code model} for dumpdata. */
    private Optional<String> refName(Row row, String field, String model) {
        Optional<DocNode> value = SourceJson.value(row.fields(), field);
        if (value.isPresent() && value.get() instanceof DocNode.MapNode nested) {
            return SourceJson.text(nested, "name").or(() -> SourceJson.text(nested, "model"))
                    .or(() -> SourceJson.text(nested, "display"));
        }
        return ref(row, field).map(pk -> rows(model).get(pk))
                .flatMap(target -> SourceJson.text(target.fields(), "name").or(() -> SourceJson.text(target.fields(), "model")));
    }

    private static String id(String model, String pk) {
        return InventoryTree.id("netbox:" + model + ":", pk);
    }

    private static String name(Row row) {
        return SourceJson.text(row.fields(), "name").or(() -> SourceJson.text(row.fields(), "cid"))
                .orElse(row.model() + " " + row.pk());
    }

    /** The party of the tenant or provider {@code field} refers to, when the file defines it. */
    private String party(Row row, String field, String model) {
        Optional<String> pk = ref(row, field);
        if (pk.isEmpty()) {
            return null;
        }
        if (!rows(model).containsKey(pk.get())) {
            tree.skipped(row.line(), TreePaths.key(row.path(), field), field + " " + pk.get() + " of " + row.model()
                    + " " + row.pk() + " is not in this file: its owner is not mapped");
            return null;
        }
        return id(model, pk.get());
    }

    /** The element of a field's target when the file defines it, else a skipped line. */
    private Element target(Row row, String field, String model) {
        Optional<String> pk = ref(row, field);
        if (pk.isEmpty()) {
            return null;
        }
        Element element = tree.element(id(model, pk.get()));
        if (element == null) {
            tree.skipped(row.line(), TreePaths.key(row.path(), field), field + " " + pk.get() + " of " + row.model()
                    + " " + row.pk() + " is not in this file: not mapped");
        }
        return element;
    }

    private void keep(Element element, Row row) {
        for (String key : KEPT) {
            SourceJson.value(row.fields(), key)
                    .filter(value -> value instanceof DocNode.ScalarNode scalar && !scalar.text().isEmpty())
                    .ifPresent(value -> element.attribute(key, value));
        }
    }

    // mapping

    private void party(Row row, String what) {
        String id = tree.party(id(row.model(), row.pk()), name(row), "other", row.line());
        tree.mapped(row.line(), row.path(), what + " '" + name(row) + "' -> party " + id + " (other)");
    }

    private void site(Row row) {
        Element site = tree.resource(id(SITE, row.pk()), "site", row.line(), row.path()).name(name(row))
                .owner(party(row, "tenant", TENANT));
        keep(site, row);
        refName(row, "region", REGION).ifPresent(region -> site.attribute("region", region, row.line()));
        Optional<String> country = ref(row, "region").flatMap(this::regionCountry)
                .or(() -> SourceJson.value(row.fields(), "region").flatMap(r -> SourceJson.text(r, "slug"))
                        .filter(slug -> slug.length() == 2).flatMap(Countries::alpha2));
        site.country(country.orElse(null));
        if (country.isEmpty()) {
            tree.unknown(row.line(), TreePaths.key(row.path(), "region"), "country of site '" + name(row)
                    + "': no region of it (or above it) is a country");
        }
        tree.mapped(row.line(), row.path(), "site '" + name(row) + "' -> resource " + site.id() + " (site)");
    }

    /** The country of a region: the first region up its parent chain whose slug is an ISO 3166-1 alpha-2 code. */
    private Optional<String> regionCountry(String regionPk) {
        if (countries.containsKey(regionPk)) {
            return Optional.ofNullable(countries.get(regionPk));
        }
        String country = null;
        String current = regionPk;
        for (int depth = 0; current != null && depth < 32 && country == null; depth++) {
            Row region = rows(REGION).get(current);
            if (region == null) {
                break;
            }
            country = SourceJson.text(region.fields(), "slug").filter(slug -> slug.length() == 2)
                    .flatMap(Countries::alpha2).orElse(null);
            current = ref(region, "parent").orElse(null);
        }
        countries.put(regionPk, country);
        return Optional.ofNullable(country);
    }

    private Element placed(Element element, Row row) {
        Element site = target(row, "site", SITE);
        if (site != null) {
            element.site(site.id()).country(site.country());
        }
        return element;
    }

    private void device(Row row) {
        Optional<String> role = refName(row, "role", "dcim.devicerole").or(() -> refName(row, "device_role", "dcim.devicerole"));
        String kind = role.filter(r -> r.toLowerCase(Locale.ROOT).contains("server")).isPresent() ? "server" : "equipment";
        Element device = tree.resource(id(DEVICE, row.pk()), kind, row.line(), row.path()).name(name(row))
                .owner(party(row, "tenant", TENANT));
        keep(device, row);
        role.ifPresent(r -> device.attribute("role", r, row.line()));
        refName(row, "device_type", "dcim.devicetype").ifPresent(t -> device.attribute("device_type", t, row.line()));
        refName(row, "platform", "dcim.platform").ifPresent(p -> device.attribute("platform", p, row.line()));
        placed(device, row);
        tree.mapped(row.line(), row.path(), "device '" + name(row) + "' -> resource " + device.id() + " (" + kind
                + ", role " + role.orElse("not stated") + ")");
    }

    private void cluster(Row row) {
        Element cluster = tree.resource(id(CLUSTER, row.pk()), "cluster", row.line(), row.path()).name(name(row))
                .owner(party(row, "tenant", TENANT));
        keep(cluster, row);
        refName(row, "type", "virtualization.clustertype").ifPresent(t -> cluster.attribute("type", t, row.line()));
        placed(cluster, row);
        List<String> hosts = new ArrayList<>();
        for (Row device : rows(DEVICE).values()) {
            if (ref(device, "cluster").filter(row.pk()::equals).isPresent()) {
                hosts.add(id(DEVICE, device.pk()));
            }
        }
        cluster.requiresAnyOf(hosts);
        tree.mapped(row.line(), row.path(), "cluster '" + name(row) + "' -> resource " + cluster.id() + " (cluster)"
                + (hosts.isEmpty() ? "" : ", requires any of its " + hosts.size() + " device(s)"));
    }

    private void virtualMachine(Row row) {
        Element vm = tree.resource(id(VM, row.pk()), "vm", row.line(), row.path()).name(name(row))
                .owner(party(row, "tenant", TENANT));
        keep(vm, row);
        placed(vm, row);
        Element cluster = target(row, "cluster", CLUSTER);
        if (cluster != null) {
            vm.requires(cluster.id()).country(cluster.country());
        }
        Element device = target(row, "device", DEVICE);
        if (device != null) {
            vm.requires(device.id());
        }
        tree.mapped(row.line(), row.path(), "virtual machine '" + name(row) + "' -> resource " + vm.id() + " (vm)"
                + (cluster == null ? "" : ", requires cluster " + cluster.id()));
    }

    private void circuit(Row row) {
        String provider = party(row, "provider", PROVIDER);
        Element line = tree.resource(id(CIRCUIT, row.pk()), "line", row.line(), row.path()).name(name(row))
                .owner(provider);
        keep(line, row);
        refName(row, "type", "circuits.circuittype").ifPresent(t -> line.attribute("type", t, row.line()));
        refName(row, "tenant", TENANT).ifPresent(t -> line.attribute("tenant", t, row.line()));
        tree.mapped(row.line(), row.path(), "circuit '" + name(row) + "' -> resource " + line.id() + " (line)"
                + (provider == null ? "" : ", owned by provider party " + provider));
    }

    /** A termination places its circuit: side A's site (else Z's) is the line's site; both are kept as attributes. */
    private void termination(Row row) {
        Element line = target(row, "circuit", CIRCUIT);
        if (line == null) {
            return;
        }
        String side = SourceJson.text(row.fields(), "term_side").orElse("?");
        Optional<String> sitePk = ref(row, "site");
        Element site = sitePk.map(pk -> tree.element(id(SITE, pk))).orElse(null);
        if (site != null) {
            line.attribute("termination_" + side.toLowerCase(Locale.ROOT), site.id(), row.line());
            if (side.equals("A") || line.site() == null) {
                line.site(site.id()).country(site.country());
            }
            tree.mapped(row.line(), row.path(), "termination " + side + " of " + line.id() + " at site " + site.id());
        } else {
            Optional<String> network = refName(row, "provider_network", "circuits.providernetwork");
            if (network.isPresent()) {
                line.attribute("termination_" + side.toLowerCase(Locale.ROOT), network.get(), row.line());
                tree.mapped(row.line(), row.path(), "termination " + side + " of " + line.id()
                        + " on provider network '" + network.get() + "' -> attribute termination_"
                        + side.toLowerCase(Locale.ROOT) + " (a provider network is no site)");
            } else {
                tree.skipped(row.line(), row.path(), "termination " + side + " of " + line.id()
                        + " is at no site of this file: not mapped");
            }
        }
    }
}
