package demarc.importer.onap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Translates one A&AI file. Objects are collected first (with the ids of docs/formats/onap-aai.md), then the
 * relationships are mapped, so a relationship may point forward in the file; a relationship to an object the
 * file does not define is reported as skipped (A&AI relationships name objects of the A&AI database).
 */
final class AaiTranslator {

    /** A&AI object types and the key that identifies an object of each, in the order they are told apart. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("generic-vnf", "vnf-id");
        KEYS.put("vf-module", "vf-module-id");
        KEYS.put("vserver", "vserver-id");
        KEYS.put("pnf", "pnf-name");
        KEYS.put("cloud-region", "cloud-region-id");
        KEYS.put("complex", "physical-location-id");
        KEYS.put("tenant", "tenant-id");
        KEYS.put("customer", "global-customer-id");
        KEYS.put("vnfc", "vnfc-name");
        KEYS.put("service-instance", "service-instance-id");
        KEYS.put("owning-entity", "owning-entity-id");
        KEYS.put("pserver", "hostname");
    }

    /** "a>b": an a requires the b it is related to (in either direction of the A&AI edge). */
    private static final Set<String> REQUIRES = Set.of("vserver>pserver", "generic-vnf>vserver",
            "generic-vnf>pserver", "generic-vnf>pnf", "vserver>cloud-region");
    private static final Set<String> ELEMENT_TYPES = Set.of("generic-vnf", "vserver", "pnf", "cloud-region",
            "complex", "pserver");
    /** Nested collections mapped by the object code below; every other nested map or list is reported. */
    private static final Set<String> HANDLED = Set.of("relationship-list", "tenants", "vservers", "vf-modules",
            "service-subscriptions");
    private static final Set<String> OPERATION_ACTIONS = Set.of("put", "patch", "delete");
    private static final Set<String> TRANSACTION_METHODS = Set.of("put", "patch", "delete", "get");
    /** Placeholders of A&AI's test templates: {@code ${vnf-id}} and {@code <methodName>}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|<[A-Za-z][A-Za-z0-9_-]*>");
    private static final Pattern URI_OBJECT = Pattern.compile("/([a-z-]+)/([^/]+)$");

    private final DocNode root;
    private final InventoryTree tree;
    private final List<DocumentProblem> problems = new ArrayList<>();
    /** "type|key" of every object of the file to the element or party id it became. */
    private final Map<String, String> objects = new HashMap<>();
    /** "type|key" of every object the file states, mapped or not. */
    private final Set<String> stated = new HashSet<>();
    /** Whether the file is a bulk single transaction, an all-or-nothing write to A&AI. */
    private boolean singleTransaction;
    private final List<Relationship> relationships = new ArrayList<>();

    AaiTranslator(InputFile file, DocNode root) {
        this.root = root;
        this.tree = new InventoryTree(file);
    }

    /** A relationship-list entry of the object {@code fromType|fromKey}. */
    private record Relationship(String fromType, String fromKey, DocNode entry, String path) {
    }

    Translation translate(String format) throws TranslationException {
        document(root, TreePaths.ROOT);
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        relationships.forEach(this::relationship);
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        placeholders(root, TreePaths.ROOT);
        return tree.translation(format);
    }

    private void document(DocNode node, String path) {
        if (node instanceof DocNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                object(null, list.items().get(i), TreePaths.index(path, i), null);
            }
        } else if (field(node, "operations").isPresent()) {
            singleTransaction = true;
            operations(field(node, "operations").get(), TreePaths.key(path, "operations"));
        } else if (field(node, "transactions").isPresent()) {
            transactions(field(node, "transactions").get(), TreePaths.key(path, "transactions"));
        } else if (field(node, "results").isPresent()) {
            List<DocNode> results = items(node, "results");
            for (int i = 0; i < results.size(); i++) {
                result(results.get(i), TreePaths.index(TreePaths.key(path, "results"), i));
            }
        } else if (field(node, "result").isPresent()) {
            List<DocNode> results = items(node, "result");
            for (int i = 0; i < results.size(); i++) {
                object(null, results.get(i), TreePaths.index(TreePaths.key(path, "result"), i), null);
            }
        } else {
            object(null, node, path, null);
        }
    }

    /** A query result: {@code {"url": ..., "<type>": {...}}}. */
    private void result(DocNode result, String path) {
        if (!(result instanceof DocNode.MapNode map)) {
            problems.add(SourceJson.problem(result, path, "expected a query result {\"<object type>\": {...}}, found "
                    + result.describe()));
            return;
        }
        for (DocNode.Field field : map.fields()) {
            if (KEYS.containsKey(field.key())) {
                object(field.key(), field.value(), TreePaths.key(path, field.key()), null);
            } else if (!field.key().equals("url")) {
                tree.skipped(field.line(), TreePaths.key(path, field.key()), "'" + field.key()
                        + "' objects are not mapped");
            }
        }
    }

    private void operations(DocNode operations, String path) {
        if (!(operations instanceof DocNode.ListNode list)) {
            problems.add(SourceJson.problem(operations, path, "expected a list of operations, found "
                    + operations.describe()));
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            DocNode operation = list.items().get(i);
            String at = TreePaths.index(path, i);
            Optional<String> action = text(operation, "action");
            Optional<String> uri = text(operation, "uri");
            Optional<DocNode> body = field(operation, "body");
            if (action.isEmpty()) {
                problems.add(SourceJson.problem(operation, TreePaths.key(at, "action"),
                        "missing 'action' (expected one of put, patch, delete)"));
            } else if (!OPERATION_ACTIONS.contains(action.get())) {
                problems.add(SourceJson.problem(field(operation, "action").get(), TreePaths.key(at, "action"),
                        "unknown action '" + action.get() + "' (expected one of put, patch, delete)"));
            }
            if (uri.isEmpty()) {
                problems.add(SourceJson.problem(operation, TreePaths.key(at, "uri"), "missing 'uri' (the A&AI object path)"));
            }
            if (body.isEmpty() && !action.orElse("").equals("delete")) {
                problems.add(SourceJson.problem(operation, TreePaths.key(at, "body"),
                        "missing 'body' (the object to " + action.orElse("write") + ")"));
            }
            if (action.isPresent() && uri.isPresent() && (body.isPresent() || action.get().equals("delete"))
                    && OPERATION_ACTIONS.contains(action.get())) {
                write(action.get(), uri.get(), body.orElse(operation), at);
            }
        }
    }

    private void transactions(DocNode transactions, String path) {
        if (!(transactions instanceof DocNode.ListNode list)) {
            problems.add(SourceJson.problem(transactions, path, "expected a list of transactions, found "
                    + transactions.describe()));
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            DocNode transaction = list.items().get(i);
            String at = TreePaths.index(path, i);
            if (!(transaction instanceof DocNode.MapNode map)) {
                problems.add(SourceJson.problem(transaction, at, "expected a transaction {\"put\": [...], ...}, found "
                        + transaction.describe()));
                continue;
            }
            for (DocNode.Field method : map.fields()) {
                String methodPath = TreePaths.key(at, method.key());
                if (!TRANSACTION_METHODS.contains(method.key())) {
                    problems.add(new DocumentProblem(method.line(), methodPath, "unknown method '" + method.key()
                            + "' (expected one of put, patch, delete, get)"));
                    continue;
                }
                List<DocNode> requests = method.value() instanceof DocNode.ListNode requestList
                        ? requestList.items() : List.of(method.value());
                for (int r = 0; r < requests.size(); r++) {
                    DocNode request = requests.get(r);
                    String requestPath = TreePaths.index(methodPath, r);
                    Optional<String> uri = text(request, "uri");
                    if (uri.isEmpty()) {
                        problems.add(SourceJson.problem(request, TreePaths.key(requestPath, "uri"),
                                "missing 'uri' (the A&AI object path)"));
                    } else if (method.key().equals("get")) {
                        tree.skipped(request.line(), requestPath, "a get request reads, it states nothing");
                    } else {
                        write(method.key(), uri.get(), field(request, "body").orElse(request), requestPath);
                    }
                }
            }
        }
    }

    /** One put, patch or delete of a bulk payload. */
    private void write(String action, String uri, DocNode body, String path) {
        if (!action.equals("put")) {
            tree.skipped(body.line(), path, action + " of " + uri + ": only put states a whole object; a "
                    + action + " changes an object this file does not define");
            return;
        }
        String bodyPath = TreePaths.key(path, "body");
        if (uri.endsWith("/relationship-list/relationship")) {
            String objectUri = uri.substring(0, uri.length() - "/relationship-list/relationship".length());
            Matcher matcher = URI_OBJECT.matcher(objectUri);
            if (!matcher.find() || !KEYS.containsKey(matcher.group(1))) {
                problems.add(SourceJson.problem(body, TreePaths.key(path, "uri"),
                        "expected the uri of an A&AI object (…/<type>/<key>/relationship-list/relationship), found '"
                                + uri + "'"));
                return;
            }
            relationships.add(new Relationship(matcher.group(1), matcher.group(2), body, bodyPath));
            return;
        }
        Matcher matcher = URI_OBJECT.matcher(uri);
        String type = matcher.find() ? matcher.group(1) : null;
        object(KEYS.containsKey(type) ? type : null, body, bodyPath, null);
    }

    /**
     * One A&AI object of {@code type} (detected from its key when null); {@code parent} is the cloud-region
     * (for tenants and vservers) or generic-vnf (for vf-modules) it is nested in.
     */
    private void object(String type, DocNode node, String path, Context parent) {
        if (!(node instanceof DocNode.MapNode map)) {
            problems.add(SourceJson.problem(node, path, "expected an A&AI object, found " + node.describe()));
            return;
        }
        String detected = type != null ? type : detect(map);
        if (detected == null) {
            problems.add(SourceJson.problem(node, path, "not an A&AI object this importer knows: expected one of the"
                    + " keys " + String.join(", ", KEYS.values()) + " (pserver, generic-vnf, ...)"));
            return;
        }
        Optional<String> key = text(map, KEYS.get(detected));
        if (key.isEmpty() || key.get().isBlank()) {
            problems.add(SourceJson.problem(node, TreePaths.key(path, KEYS.get(detected)), "a " + detected
                    + " without its key '" + KEYS.get(detected) + "'"));
            return;
        }
        String id = switch (detected) {
            case "pserver" -> pserver(map, key.get(), path);
            case "complex" -> complex(map, key.get(), path);
            case "cloud-region" -> cloudRegion(map, key.get(), path);
            case "tenant" -> tenant(map, key.get(), path, parent);
            case "vserver" -> vserver(map, key.get(), path, parent);
            case "generic-vnf" -> genericVnf(map, key.get(), path);
            case "vf-module" -> vfModule(map, key.get(), path, parent);
            case "pnf" -> pnf(map, key.get(), path);
            case "customer" -> customer(map, key.get(), path);
            default -> {
                tree.skipped(node.line(), path, detected + " '" + key.get() + "': " + detected
                        + " objects have no counterpart in the inventory");
                yield null;
            }
        };
        stated.add(detected + "|" + key.get());
        if (id == null) {
            return;
        }
        objects.put(detected + "|" + key.get(), id);
        for (DocNode.Field field : map.fields()) {
            String fieldPath = TreePaths.key(path, field.key());
            String kebab = kebab(field.key());
            if (kebab.equals("relationship-list")) {
                List<DocNode> entries = items(field.value(), "relationship");
                for (int i = 0; i < entries.size(); i++) {
                    relationships.add(new Relationship(detected, key.get(), entries.get(i),
                            TreePaths.index(TreePaths.key(fieldPath, "relationship"), i)));
                }
            } else if (!HANDLED.contains(kebab) && !(field.value() instanceof DocNode.ScalarNode)) {
                tree.skipped(field.line(), fieldPath, "'" + field.key() + "' of " + detected + " '" + key.get()
                        + "' is not mapped: the inventory has no counterpart for it");
            }
        }
    }

    /** What a nested object needs of the object it is nested in. */
    private record Context(String key, String elementId, String cloudOwner) {
    }

    private static String detect(DocNode.MapNode map) {
        for (Map.Entry<String, String> type : KEYS.entrySet()) {
            if (field(map, type.getValue()).isPresent()) {
                return type.getKey();
            }
        }
        return null;
    }

    private String pserver(DocNode.MapNode map, String hostname, String path) {
        Element server = tree.resource(InventoryTree.id("aai:pserver:", hostname), "server", map.line(), path)
                .name(hostname);
        attributes(server, map);
        tree.mapped(map.line(), path, "pserver '" + hostname + "' -> resource " + server.id() + " (server)");
        return server.id();
    }

    private String complex(DocNode.MapNode map, String locationId, String path) {
        Element site = tree.resource(InventoryTree.id("aai:complex:", locationId), "site", map.line(), path)
                .name(text(map, "complex-name").orElse(locationId));
        attributes(site, map);
        country(site, map, path);
        tree.mapped(map.line(), path, "complex '" + locationId + "' -> resource " + site.id() + " (site)");
        return site.id();
    }

    private void country(Element element, DocNode.MapNode map, String path) {
        Optional<String> country = text(map, "country");
        Optional<String> code = country.flatMap(Countries::alpha2);
        element.country(code.orElse(null));
        if (code.isEmpty()) {
            tree.unknown(map.line(), TreePaths.key(path, "country"), "country of " + element.id() + ": "
                    + country.map(c -> "'" + c + "' is not an ISO 3166-1 code").orElse("not stated"));
        }
    }

    private String cloudRegion(DocNode.MapNode map, String regionId, String path) {
        Optional<String> cloudOwner = text(map, "cloud-owner");
        String owner = cloudOwner.map(name -> tree.party(InventoryTree.id("aai:cloud-owner:", name), name, "cloud",
                map.line())).orElse(null);
        String raw = cloudOwner.map(name -> name + ":").orElse("") + regionId;
        Element region = tree.resource(InventoryTree.id("aai:cloud-region:", raw), "cloud-region", map.line(), path)
                .name(regionId).owner(owner);
        attributes(region, map);
        tree.mapped(map.line(), path, "cloud-region '" + regionId + "' -> resource " + region.id()
                + " (cloud-region)" + (owner == null ? "" : ", cloud-owner -> party " + owner + " (cloud)"));
        Context context = new Context(regionId, region.id(), owner);
        List<DocNode> tenants = field(map, "tenants").map(t -> items(t, "tenant")).orElse(List.of());
        for (int i = 0; i < tenants.size(); i++) {
            object("tenant", tenants.get(i), TreePaths.index(TreePaths.key(path, "tenants.tenant"), i), context);
        }
        return region.id();
    }

    private String tenant(DocNode.MapNode map, String tenantId, String path, Context region) {
        String party = tree.party(InventoryTree.id("aai:tenant:", tenantId), text(map, "tenant-name").orElse(tenantId),
                "other", map.line());
        tree.mapped(map.line(), path, "tenant '" + tenantId + "' -> party " + party + " (other; operator of its vservers)");
        Context context = new Context(tenantId, region == null ? null : region.elementId(),
                region == null ? null : region.cloudOwner());
        List<DocNode> vservers = field(map, "vservers").map(v -> items(v, "vserver")).orElse(List.of());
        for (int i = 0; i < vservers.size(); i++) {
            object("vserver", vservers.get(i), TreePaths.index(TreePaths.key(path, "vservers.vserver"), i), context);
        }
        return party;
    }

    private String vserver(DocNode.MapNode map, String vserverId, String path, Context tenant) {
        Element vm = tree.resource(InventoryTree.id("aai:vserver:", vserverId), "vm", map.line(), path)
                .name(text(map, "vserver-name").orElse(vserverId));
        attributes(vm, map);
        String detail = "vserver '" + vserverId + "' -> resource " + vm.id() + " (vm)";
        if (tenant != null) {
            vm.operator(InventoryTree.id("aai:tenant:", tenant.key()));
            detail += ", operated by its tenant";
            if (tenant.elementId() != null) {
                vm.requires(tenant.elementId()).owner(tenant.cloudOwner());
                detail += ", requires its cloud-region" + (tenant.cloudOwner() == null ? "" : ", owned by its cloud-owner");
            }
        }
        tree.mapped(map.line(), path, detail);
        return vm.id();
    }

    private String genericVnf(DocNode.MapNode map, String vnfId, String path) {
        Element vnf = tree.function(InventoryTree.id("aai:generic-vnf:", vnfId), "vnf", map.line(), path)
                .name(text(map, "vnf-name").orElse(vnfId));
        attributes(vnf, map);
        tree.mapped(map.line(), path, "generic-vnf '" + vnfId + "' -> function " + vnf.id() + " (vnf)");
        List<DocNode> modules = field(map, "vf-modules").map(v -> items(v, "vf-module")).orElse(List.of());
        for (int i = 0; i < modules.size(); i++) {
            object("vf-module", modules.get(i), TreePaths.index(TreePaths.key(path, "vf-modules.vf-module"), i),
                    new Context(vnfId, vnf.id(), null));
        }
        return vnf.id();
    }

    /** A vf-module is part of its generic-vnf: what it relates to, the vnf relates to. */
    private String vfModule(DocNode.MapNode map, String moduleId, String path, Context vnf) {
        if (vnf == null) {
            tree.skipped(map.line(), path, "vf-module '" + moduleId + "' outside its generic-vnf: a module is"
                    + " mapped only as part of the vnf it belongs to");
            return null;
        }
        tree.mapped(map.line(), path, "vf-module '" + moduleId + "' -> part of function " + vnf.elementId()
                + ": its relationships are the vnf's");
        return vnf.elementId();
    }

    private String pnf(DocNode.MapNode map, String pnfName, String path) {
        Element pnf = tree.function(InventoryTree.id("aai:pnf:", pnfName), "pnf", map.line(), path).name(pnfName);
        attributes(pnf, map);
        tree.mapped(map.line(), path, "pnf '" + pnfName + "' -> function " + pnf.id() + " (pnf)");
        return pnf.id();
    }

    private String customer(DocNode.MapNode map, String customerId, String path) {
        String party = tree.party(InventoryTree.id("aai:customer:", customerId),
                text(map, "subscriber-name").orElse(customerId), "other", map.line());
        tree.mapped(map.line(), path, "customer '" + customerId + "' -> party " + party + " (other)");
        field(map, "service-subscriptions").ifPresent(subscriptions -> tree.skipped(subscriptions.line(),
                TreePaths.key(path, "service-subscriptions"), "service subscriptions and instances of customer '"
                        + customerId + "' are not mapped: A&AI states neither their service class nor who provides them"));
        return party;
    }

    private static void attributes(Element element, DocNode.MapNode map) {
        for (DocNode.Field field : SourceJson.scalarFields(map)) {
            element.attribute(field.key(), field.value());
        }
    }

    private void relationship(Relationship relationship) {
        DocNode entry = relationship.entry();
        String path = relationship.path();
        Optional<String> relatedTo = text(entry, "related-to");
        if (relatedTo.isEmpty()) {
            tree.skipped(entry.line(), path, "relationship without 'related-to': not mapped");
            return;
        }
        String fromType = relationship.fromType();
        String fromId = objects.get(fromType + "|" + relationship.fromKey());
        if (fromType.equals("vf-module")) {
            fromType = "generic-vnf";
        }
        String toType = relatedTo.get();
        Optional<String> toKey = targetKey(entry, toType);
        String described = fromType + " -> " + toType + toKey.map(k -> " '" + k + "'").orElse("");
        if (toType.equals("owning-entity") && toKey.isPresent() && fromId != null && tree.element(fromId) != null) {
            String name = property(entry, "owning-entity.owning-entity-name").orElse(toKey.get());
            String party = tree.party(InventoryTree.id("aai:owning-entity:", toKey.get()), name, "other", entry.line());
            tree.element(fromId).owner(party);
            tree.mapped(entry.line(), path, described + ": owner of " + fromId + " -> party " + party);
            return;
        }
        if (toKey.isEmpty()) {
            tree.skipped(entry.line(), path, described + ": the related object's key is neither in relationship-data"
                    + " nor in related-link; not mapped");
            return;
        }
        String toId = objects.get(toType + "|" + toKey.get());
        if (singleTransaction && !stated.contains(relationship.fromType() + "|" + relationship.fromKey())) {
            problems.add(SourceJson.problem(entry, path, "relationship of " + relationship.fromType() + " '"
                    + relationship.fromKey() + "', which this transaction does not put: expected an object the "
                    + "transaction puts (A&AI refuses a relationship of an object that does not exist)"));
            return;
        }
        if (singleTransaction && !stated.contains(toType + "|" + toKey.get())) {
            problems.add(SourceJson.problem(entry, path, "related " + toType + " '" + toKey.get() + "' is not put by "
                    + "this transaction: expected an object the transaction puts (A&AI refuses a single transaction "
                    + "whose relationship names an object that does not exist; demarc reads a transaction's "
                    + "relationships between the objects it puts)"));
            return;
        }
        if (toType.equals("vf-module")) {
            toType = "generic-vnf";
        }
        boolean siteLink = toType.equals("complex") || fromType.equals("complex");
        boolean requires = REQUIRES.contains(fromType + ">" + toType) || REQUIRES.contains(toType + ">" + fromType);
        if (!siteLink && !requires) {
            tree.skipped(entry.line(), path, described + ": this relationship has no counterpart in the inventory");
            return;
        }
        Element from = fromId == null ? null : tree.element(fromId);
        Element to = toId == null ? null : tree.element(toId);
        if (from == null || to == null) {
            tree.skipped(entry.line(), path, described + ": the " + (from == null ? fromType : toType)
                    + " is not in this file (relationships are mapped between objects of the same file)");
            return;
        }
        if (siteLink) {
            Element site = toType.equals("complex") ? to : from;
            Element located = site == to ? from : to;
            if (!ELEMENT_TYPES.contains(site == to ? fromType : toType) || located == site) {
                tree.skipped(entry.line(), path, described + ": not mapped");
                return;
            }
            located.site(site.id()).country(site.country());
            tree.mapped(entry.line(), path, described + ": site of " + located.id() + " -> " + site.id());
            return;
        }
        Element dependent = REQUIRES.contains(fromType + ">" + toType) ? from : to;
        Element dependency = dependent == from ? to : from;
        dependent.requires(dependency.id());
        tree.mapped(entry.line(), path, described + ": " + dependent.id() + " requires " + dependency.id());
    }

    /** The key of the related object: from relationship-data, else the segment after its type in related-link. */
    private static Optional<String> targetKey(DocNode entry, String type) {
        if (type.equals("cloud-region")) {
            Optional<String> owner = data(entry, "cloud-region.cloud-owner");
            Optional<String> region = data(entry, "cloud-region.cloud-region-id");
            return region.map(r -> owner.map(o -> o + ":").orElse("") + r);
        }
        String keyName = KEYS.get(type);
        if (keyName != null) {
            Optional<String> fromData = data(entry, type + "." + keyName);
            if (fromData.isPresent()) {
                return fromData;
            }
        }
        Optional<String> link = text(entry, "related-link");
        if (link.isPresent() && !type.equals("vf-module")) {
            String marker = "/" + type + "/";
            int at = link.get().lastIndexOf(marker);
            if (at >= 0) {
                String rest = link.get().substring(at + marker.length());
                int slash = rest.indexOf('/');
                String key = slash < 0 ? rest : rest.substring(0, slash);
                return key.isEmpty() ? Optional.empty() : Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> data(DocNode entry, String key) {
        for (DocNode item : items(entry, "relationship-data")) {
            if (text(item, "relationship-key").filter(key::equals).isPresent()) {
                return text(item, "relationship-value");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> property(DocNode entry, String key) {
        for (DocNode item : items(entry, "related-to-property")) {
            if (text(item, "property-key").filter(key::equals).isPresent()) {
                return text(item, "property-value");
            }
        }
        return Optional.empty();
    }

    /**
     * One {@code UNKNOWN} line per template placeholder: a test template imports with its placeholders kept
     * literally (in names and attributes, and, made id-safe, in ids), and the report says the file is a template
     * whose values must be filled in before it describes anything real.
     */
    private void placeholders(DocNode node, String path) {
        if (node instanceof DocNode.MapNode map) {
            for (DocNode.Field field : map.fields()) {
                placeholders(field.value(), TreePaths.key(path, field.key()));
            }
        } else if (node instanceof DocNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                placeholders(list.items().get(i), TreePaths.index(path, i));
            }
        } else if (node instanceof DocNode.ScalarNode scalar) {
            Matcher matcher = PLACEHOLDER.matcher(scalar.text());
            while (matcher.find()) {
                tree.unknown(node.line(), path, "template placeholder '" + matcher.group() + "' kept literally: "
                        + "this file is a template, its values must be filled in before real use");
            }
        }
    }

    // A&AI's canonical JSON is kebab-case; ONAP SO's beans serialise the same objects in camelCase.

    private static Optional<DocNode> field(DocNode node, String kebabKey) {
        Optional<DocNode> value = SourceJson.value(node, kebabKey);
        return value.isPresent() ? value : SourceJson.value(node, camel(kebabKey));
    }

    private static Optional<String> text(DocNode node, String kebabKey) {
        Optional<String> value = SourceJson.text(node, kebabKey);
        return value.isPresent() ? value : SourceJson.text(node, camel(kebabKey));
    }

    private static List<DocNode> items(DocNode node, String kebabKey) {
        List<DocNode> items = SourceJson.items(node, kebabKey);
        return items.isEmpty() ? SourceJson.items(node, camel(kebabKey)) : items;
    }

    static String camel(String kebab) {
        StringBuilder camel = new StringBuilder(kebab.length());
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    static String kebab(String key) {
        StringBuilder kebab = new StringBuilder(key.length() + 4);
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString();
    }
}
