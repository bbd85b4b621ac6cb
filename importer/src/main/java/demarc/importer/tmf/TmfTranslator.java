package demarc.importer.tmf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.TreePaths;
import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.translated.InventoryTree;
import demarc.importer.translated.InventoryTree.Element;
import demarc.importer.translated.SourceJson;

/**
 * Translates one TMF639/TMF638 file. Resources are defined first and their relationships mapped afterwards,
 * so that a relationship may name a resource later in the file; one naming a resource the file does not
 * define is reported as skipped.
 */
final class TmfTranslator {

    /** Resource kinds by a word of the resource's {@code @type}, first match wins; else equipment. */
    private static final List<Map.Entry<String, String>> KINDS = List.of(Map.entry("virtualmachine", "vm"),
            Map.entry("container", "container"), Map.entry("cluster", "cluster"), Map.entry("server", "server"),
            Map.entry("storage", "storage"), Map.entry("site", "site"), Map.entry("circuit", "line"),
            Map.entry("line", "line"), Map.entry("link", "line"), Map.entry("physical", "equipment"),
            Map.entry("equipment", "equipment"), Map.entry("device", "equipment"));
    /** relationshipType values (lower case) by which the resource cannot work without the related one. */
    private static final List<String> REQUIRING = List.of("ishostedby", "hostedby", "contains", "dependson",
            "isdependenton", "requires", "issupportedby", "uses", "relieson");
    /** Fields read by the mapping below; every other nested field of a resource is reported as skipped. */
    private static final Set<String> HANDLED = Set.of("relatedParty", "place", "resourceRelationship",
            "supportingResource", "resourceCharacteristic");
    /** Fields of a service read by the mapping below; every other nested field is reported as skipped. */
    private static final Set<String> SERVICE_HANDLED = Set.of("relatedParty", "supportingResource",
            "supportingService");

    private final InventoryTree tree;
    private final DocNode root;
    private final List<DocumentProblem> problems = new ArrayList<>();
    private final List<Runnable> relationships = new ArrayList<>();
    /** supportingService references, resolved once every service has its own requirements. */
    private final List<SupportingService> supportingServices = new ArrayList<>();

    /** Service {@code service} is supported by the service the item at {@code path} names. */
    private record SupportingService(InventoryTree.Service service, DocNode item, String path) {
    }

    TmfTranslator(InputFile file, DocNode root) {
        this.tree = new InventoryTree(file);
        this.root = root;
    }

    Translation translate(String format) throws TranslationException {
        if (root instanceof DocNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                entity(list.items().get(i), TreePaths.index(TreePaths.ROOT, i));
            }
        } else if (SourceJson.text(root, "eventType").isPresent()) {
            event(root);
        } else {
            entity(root, TreePaths.ROOT);
        }
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        relationships.forEach(Runnable::run);
        supportingServices.forEach(this::supportingService);
        return tree.translation(format);
    }

    private void event(DocNode envelope) {
        String type = SourceJson.text(envelope, "eventType").orElseThrow();
        Optional<DocNode.MapNode> event = SourceJson.map(envelope, "event");
        Optional<DocNode> payload = event.flatMap(e -> SourceJson.value(e, "resource").or(() -> SourceJson.value(e, "service")));
        if (payload.isEmpty()) {
            problems.add(SourceJson.problem(envelope, "event", "event '" + type
                    + "' without its payload: expected event.resource or event.service"));
            return;
        }
        String payloadPath = "event." + (SourceJson.value(event.get(), "resource").isPresent() ? "resource" : "service");
        tree.skipped(envelope.line(), TreePaths.ROOT, "event envelope of " + type + " (eventId, reportingSystem, ...):"
                + " notification metadata, not inventory");
        if (type.endsWith("CreateEvent")) {
            entity(payload.get(), payloadPath);
        } else {
            tree.skipped(payload.get().line(), payloadPath, type + " carries only what changed (or a deletion), not a"
                    + " whole resource or service: not mapped; import the resource itself");
        }
    }

    private void entity(DocNode node, String path) {
        if (!(node instanceof DocNode.MapNode map)) {
            problems.add(SourceJson.problem(node, path, "expected a TMF639 Resource or TMF638 Service object, found "
                    + node.describe()));
            return;
        }
        String type = SourceJson.text(map, "@type").orElse("");
        String baseType = SourceJson.text(map, "@baseType").orElse("");
        if (baseType.equals("Resource") || type.endsWith("Resource") || type.equals("Equipment")
                || has(map, "resourceCharacteristic", "resourceSpecification", "resourceRelationship", "resourceVersion")) {
            resource(map, path, type);
        } else if (baseType.equals("Service") || type.endsWith("Service")
                || has(map, "serviceCharacteristic", "serviceSpecification", "serviceType", "supportingService")) {
            service(map, path);
        } else {
            problems.add(SourceJson.problem(node, path, "expected a TMF639 Resource or TMF638 Service (an '@type'"
                    + " ending in Resource or Service, or resource*/service* fields), found an object with the keys "
                    + map.fields().stream().map(DocNode.Field::key).toList()));
        }
    }

    private static boolean has(DocNode.MapNode map, String... keys) {
        for (String key : keys) {
            if (map.field(key).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void resource(DocNode.MapNode map, String path, String type) {
        Optional<String> sourceId = SourceJson.text(map, "id");
        String id = sourceId.map(raw -> InventoryTree.id("tmf:resource:", raw))
                .orElseGet(() -> InventoryTree.id("tmf:unidentified:", tree.source() + ":" + path));
        String kind = kind(type);
        Element resource = tree.resource(id, kind, map.line(), path).name(SourceJson.text(map, "name").orElse(null));
        if (sourceId.isEmpty()) {
            tree.unknown(map.line(), TreePaths.key(path, "id"), "the resource has no id (a create request): "
                    + id + " names it by its place in this file");
        }
        tree.mapped(map.line(), path, "resource " + sourceId.map(s -> "'" + s + "'").orElse("without id") + " (@type "
                + (type.isEmpty() ? "not stated" : type) + ") -> resource " + id + " (" + kind + ")");
        for (DocNode.Field field : SourceJson.scalarFields(map)) {
            resource.attribute(field.key(), field.value());
        }
        parties(resource, map, path);
        places(resource, map, path);
        characteristics(resource, map, path);
        relationships.add(() -> related(resource, map, path));
        for (DocNode.Field field : map.fields()) {
            if (!HANDLED.contains(field.key()) && !(field.value() instanceof DocNode.ScalarNode)) {
                tree.skipped(field.line(), TreePaths.key(path, field.key()), "'" + field.key()
                        + "' is not mapped: the inventory has no counterpart for it");
            }
        }
    }

    private static String kind(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return KINDS.stream().filter(entry -> lower.contains(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("equipment");
    }

    /** relatedParty: role owner and operator are mapped; v5 nests the party in partyOrPartyRole, v4 does not. */
    private void parties(Element element, DocNode.MapNode map, String path) {
        List<DocNode> related = SourceJson.items(map, "relatedParty");
        for (int i = 0; i < related.size(); i++) {
            DocNode item = related.get(i);
            String at = TreePaths.index(TreePaths.key(path, "relatedParty"), i);
            String role = SourceJson.text(item, "role").orElse("");
            DocNode party = SourceJson.value(item, "partyOrPartyRole").orElse(item);
            Optional<String> partyId = SourceJson.text(party, "id");
            String normalised = role.toLowerCase(Locale.ROOT);
            if (partyId.isEmpty() || !(normalised.equals("owner") || normalised.equals("operator"))) {
                tree.skipped(item.line(), at, "related party with role '" + role + "'" + (partyId.isEmpty()
                        ? " and no id" : "") + ": only the roles owner and operator (with a party id) are mapped");
                continue;
            }
            String id = tree.party(InventoryTree.id("tmf:party:", partyId.get()),
                    SourceJson.text(party, "name").orElse(null), "other", item.line());
            if (normalised.equals("owner")) {
                element.owner(id);
            } else {
                element.operator(id);
            }
            tree.mapped(item.line(), at, "related party '" + partyId.get() + "' (" + role + ") -> party " + id
                    + " (other), " + normalised + " of " + element.id());
        }
    }

    /** place: each referenced place becomes a site resource; the first is the resource's site. */
    private void places(Element element, DocNode.MapNode map, String path) {
        List<DocNode> places = SourceJson.items(map, "place");
        for (int i = 0; i < places.size(); i++) {
            DocNode item = places.get(i);
            String at = TreePaths.index(TreePaths.key(path, "place"), i);
            DocNode place = SourceJson.value(item, "place").orElse(item);
            Optional<String> placeId = SourceJson.text(place, "id");
            if (placeId.isEmpty()) {
                tree.skipped(item.line(), at, "place without an id: not mapped");
                continue;
            }
            String role = SourceJson.text(item, "role").orElse(null);
            Element site = tree.resource(InventoryTree.id("tmf:place:", placeId.get()), "site", item.line(), at)
                    .name(SourceJson.text(place, "name").orElse(role));
            SourceJson.text(place, "@referredType").ifPresent(referred -> site.attribute("@referredType", referred, place.line()));
            element.site(site.id());
            tree.mapped(item.line(), at, "place '" + placeId.get() + "'" + (role == null ? "" : " (" + role + ")")
                    + " -> resource " + site.id() + " (site), site of " + element.id());
        }
    }

    /** resourceCharacteristic: kept as attributes {@code characteristic.<name>}, uninterpreted. */
    private void characteristics(Element element, DocNode.MapNode map, String path) {
        List<DocNode> characteristics = SourceJson.items(map, "resourceCharacteristic");
        for (int i = 0; i < characteristics.size(); i++) {
            DocNode item = characteristics.get(i);
            String at = TreePaths.index(TreePaths.key(path, "resourceCharacteristic"), i);
            Optional<String> name = SourceJson.text(item, "name");
            Optional<DocNode> value = SourceJson.value(item, "value");
            if (name.isEmpty() || value.isEmpty()) {
                tree.skipped(item.line(), at, "characteristic without a name or a value: not mapped");
                continue;
            }
            element.attribute("characteristic." + name.get(), value.get());
            tree.mapped(item.line(), at, "characteristic '" + name.get() + "' -> attribute characteristic."
                    + name.get() + " of " + element.id());
        }
    }

    /** resourceRelationship and supportingResource: requirements between resources of this file. */
    private void related(Element element, DocNode.MapNode map, String path) {
        List<DocNode> relationships = SourceJson.items(map, "resourceRelationship");
        for (int i = 0; i < relationships.size(); i++) {
            DocNode item = relationships.get(i);
            String at = TreePaths.index(TreePaths.key(path, "resourceRelationship"), i);
            String type = SourceJson.text(item, "relationshipType").orElse("");
            DocNode target = SourceJson.value(item, "resource").orElse(item);
            if (!REQUIRING.contains(type.toLowerCase(Locale.ROOT))) {
                tree.skipped(item.line(), at, "relationship '" + type + "' is not mapped: only " + REQUIRING
                        + " make a resource depend on another");
                continue;
            }
            requirement(element, target, item.line(), at, "relationship '" + type + "'");
        }
        List<DocNode> supporting = SourceJson.items(map, "supportingResource");
        for (int i = 0; i < supporting.size(); i++) {
            DocNode item = supporting.get(i);
            requirement(element, item, item.line(), TreePaths.index(TreePaths.key(path, "supportingResource"), i),
                    "supporting resource");
        }
    }

    private void requirement(Element element, DocNode target, int line, String at, String what) {
        Optional<String> targetId = SourceJson.text(target, "id");
        String id = targetId.map(raw -> InventoryTree.id("tmf:resource:", raw)).orElse(null);
        if (id == null || tree.element(id) == null) {
            tree.skipped(line, at, what + " to resource " + targetId.map(t -> "'" + t + "'").orElse("without id")
                    + ": not in this file (requirements are mapped between resources of the same file)");
            return;
        }
        element.requires(id);
        tree.mapped(line, at, what + " -> " + element.id() + " requires " + id);
    }

    /**
     * A TMF638 service becomes an inventory service as far as TMF638 says: its id and name, a provider from a
     * relatedParty with role provider, and requirements from supportingResource and supportingService. TMF638
     * states no service class (serviceType and category are the operator's own words): the placeholder class and,
     * without a provider, the placeholder party stand in, each with an UNKNOWN line.
     */
    private void service(DocNode.MapNode map, String path) {
        Optional<String> sourceId = SourceJson.text(map, "id");
        String id = sourceId.map(raw -> InventoryTree.id("tmf:service:", raw))
                .orElseGet(() -> InventoryTree.id("tmf:unidentified-service:", tree.source() + ":" + path));
        InventoryTree.Service service = tree.service(id, map.line(), path).name(SourceJson.text(map, "name").orElse(null));
        if (sourceId.isEmpty()) {
            tree.unknown(map.line(), TreePaths.key(path, "id"), "the service has no id (a create request): "
                    + id + " names it by its place in this file");
        }
        List<String> words = new ArrayList<>();
        SourceJson.text(map, "serviceType").ifPresent(type -> words.add("serviceType '" + type + "'"));
        SourceJson.text(map, "category").ifPresent(category -> words.add("category '" + category + "'"));
        tree.mapped(map.line(), path, "service " + sourceId.map(s -> "'" + s + "'").orElse("without id") + " -> service "
                + id + (words.isEmpty() ? "" : "; its " + String.join(" and ", words)
                + " are the operator's own words, not a service class"));
        List<String> scalars = SourceJson.scalarFields(map).stream().map(DocNode.Field::key)
                .filter(key -> !key.equals("id") && !key.equals("name")).toList();
        if (!scalars.isEmpty()) {
            tree.skipped(map.line(), path, "fields " + scalars + " of service " + id + " are not mapped: an inventory "
                    + "service has no attributes");
        }
        serviceProvider(service, map, path);
        List<DocNode> supporting = SourceJson.items(map, "supportingResource");
        for (int i = 0; i < supporting.size(); i++) {
            DocNode item = supporting.get(i);
            String at = TreePaths.index(TreePaths.key(path, "supportingResource"), i);
            relationships.add(() -> serviceRequirement(service, item, at));
        }
        List<DocNode> services = SourceJson.items(map, "supportingService");
        for (int i = 0; i < services.size(); i++) {
            supportingServices.add(new SupportingService(service, services.get(i),
                    TreePaths.index(TreePaths.key(path, "supportingService"), i)));
        }
        for (DocNode.Field field : map.fields()) {
            if (!SERVICE_HANDLED.contains(field.key()) && !(field.value() instanceof DocNode.ScalarNode)) {
                tree.skipped(field.line(), TreePaths.key(path, field.key()), "'" + field.key() + "' of service " + id
                        + " is not mapped: the inventory has no counterpart for it");
            }
        }
    }

    /** relatedParty with role provider (any case): the provider; other roles are reported. */
    private void serviceProvider(InventoryTree.Service service, DocNode.MapNode map, String path) {
        List<DocNode> related = SourceJson.items(map, "relatedParty");
        for (int i = 0; i < related.size(); i++) {
            DocNode item = related.get(i);
            String at = TreePaths.index(TreePaths.key(path, "relatedParty"), i);
            String role = SourceJson.text(item, "role").orElse("");
            DocNode party = SourceJson.value(item, "partyOrPartyRole").orElse(item);
            Optional<String> partyId = SourceJson.text(party, "id");
            if (partyId.isEmpty() || !role.toLowerCase(Locale.ROOT).equals("provider")) {
                tree.skipped(item.line(), at, "related party with role '" + role + "'" + (partyId.isEmpty()
                        ? " and no id" : "") + ": only the role provider (with a party id) is mapped for a service");
                continue;
            }
            String id = tree.party(InventoryTree.id("tmf:party:", partyId.get()),
                    SourceJson.text(party, "name").orElse(null), "other", item.line());
            service.provider(id);
            tree.mapped(item.line(), at, "related party '" + partyId.get() + "' (" + role + ") -> party " + id
                    + " (other), provider of " + service.id());
        }
    }

    private void serviceRequirement(InventoryTree.Service service, DocNode item, String at) {
        Optional<String> targetId = SourceJson.text(item, "id");
        String id = targetId.map(raw -> InventoryTree.id("tmf:resource:", raw)).orElse(null);
        if (id == null || tree.element(id) == null) {
            tree.skipped(item.line(), at, "supporting resource " + targetId.map(t -> "'" + t + "'").orElse("without id")
                    + " of service " + service.id() + ": not in this file (requirements are mapped between entries of "
                    + "the same file)");
            return;
        }
        service.requires(id);
        tree.mapped(item.line(), at, "supporting resource -> service " + service.id() + " requires " + id);
    }

    /**
     * An inventory service requires elements, never another service; a service that cannot work without a
     * supporting service cannot work without what that one requires, so it requires those elements (followed
     * through the supporting service's own supporting services).
     */
    private void supportingService(SupportingService reference) {
        Optional<String> targetId = SourceJson.text(reference.item(), "id");
        String id = targetId.map(raw -> InventoryTree.id("tmf:service:", raw)).orElse(null);
        InventoryTree.Service supporting = id == null ? null : tree.service(id);
        String what = "supporting service " + targetId.map(t -> "'" + t + "'").orElse("without id") + " of service "
                + reference.service().id();
        if (supporting == null) {
            tree.skipped(reference.item().line(), reference.path(), what + ": not in this file (requirements are "
                    + "mapped between entries of the same file)");
            return;
        }
        List<String> elements = requirementsThrough(supporting, new HashSet<>());
        elements.forEach(reference.service()::requires);
        tree.mapped(reference.item().line(), reference.path(), what + " -> " + reference.service().id()
                + " requires what " + supporting.id() + " requires " + elements
                + " (an inventory service requires elements, not services)");
    }

    private List<String> requirementsThrough(InventoryTree.Service service, Set<String> seen) {
        List<String> elements = new ArrayList<>();
        if (!seen.add(service.id())) {
            return elements;
        }
        elements.addAll(service.requirements());
        for (SupportingService next : supportingServices) {
            if (next.service() == service) {
                Optional<String> nextId = SourceJson.text(next.item(), "id")
                        .map(raw -> InventoryTree.id("tmf:service:", raw));
                InventoryTree.Service nested = nextId.map(tree::service).orElse(null);
                if (nested != null) {
                    requirementsThrough(nested, seen).stream().filter(e -> !elements.contains(e)).forEach(elements::add);
                }
            }
        }
        return elements;
    }
}
