package demarc.importer.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.document.TreePaths;
import demarc.importer.format.PlacementOverlay.Binding;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.StoredEntry;

/**
 * Applies the placement overlays of a unit, in order, to the trees of the unit's other files (docs/formats.md,
 * "Placement overlay"). A binding of an element defined in the unit edits that element where it is defined, so
 * the fact belongs to the descriptor's source: owner, operator, site, country, prefecture and holdsUserInfo
 * replace what the tree said (the {@code unstated-owner} placeholder), roles and requires are added to, and each
 * service named in {@code services} gains the element in its requires. A binding of an element only the graph
 * holds restates it in the overlay's own document, which then states those fields for it. Every id a binding
 * names is checked first, with errors at the overlay's line.
 */
final class OverlayBinder {

    private static final List<String> SECTIONS = List.of("parties", "services", "functions", "resources", "connections");
    private static final List<String> REPLACED = List.of("owner", "operator", "site", "country", "prefecture",
            "holdsUserInfo");
    private static final List<String> ADDED = List.of("roles", "requires");

    /** Where the unit defines an id: the file, the list and the kind (for elements). */
    private record Definition(UnitFile file, String section, String kind) {
    }

    private final List<UnitFile> files;
    private final Function<List<String>, Map<String, StoredEntry>> stored;
    private final List<InventoryError> errors = new ArrayList<>();

    OverlayBinder(List<UnitFile> files, Function<List<String>, Map<String, StoredEntry>> stored) {
        this.files = files;
        this.stored = stored;
    }

    /** Applies every overlay of the unit; the errors found (none: every binding was applied). */
    List<InventoryError> apply() {
        for (UnitFile file : files) {
            if (file.overlay != null) {
                apply(file);
            }
        }
        if (errors.isEmpty()) {
            files.forEach(OverlayBinder::dropUnusedPlaceholder);
        }
        return errors;
    }

    private void apply(UnitFile overlayFile) {
        Map<String, Definition> unit = definitions();
        Set<String> outside = new LinkedHashSet<>();
        for (Binding binding : overlayFile.overlay.bindings()) {
            for (String id : references(binding)) {
                if (!unit.containsKey(id)) {
                    outside.add(id);
                }
            }
        }
        Map<String, StoredEntry> graph = outside.isEmpty() ? Map.of() : stored.apply(List.copyOf(outside));
        for (Binding binding : overlayFile.overlay.bindings()) {
            int before = errors.size();
            check(overlayFile, binding, unit, graph);
            if (errors.size() == before) {
                bind(overlayFile, binding, unit, graph);
                unit = definitions();
            }
        }
    }

    private static List<String> references(Binding binding) {
        List<String> ids = new ArrayList<>(List.of(binding.id()));
        for (String key : List.of("owner", "operator", "site")) {
            Trees.scalar(binding.entry(), key).ifPresent(ids::add);
        }
        ids.addAll(ids(binding.entry(), "requires"));
        ids.addAll(ids(binding.entry(), "services"));
        return ids;
    }

    /** The ids of a list field, including the members of {@code anyOf} entries. */
    private static List<String> ids(MapNode entry, String key) {
        List<String> ids = new ArrayList<>();
        entry.field(key).map(Field::value).filter(ListNode.class::isInstance).ifPresent(list -> {
            for (DocNode item : ((ListNode) list).items()) {
                if (item instanceof ScalarNode scalar) {
                    ids.add(scalar.text());
                } else if (item instanceof MapNode anyOf) {
                    anyOf.field("anyOf").map(Field::value).filter(ListNode.class::isInstance)
                            .ifPresent(members -> ((ListNode) members).items().forEach(
                                    member -> ids.add(((ScalarNode) member).text())));
                }
            }
        });
        return ids;
    }

    private void check(UnitFile overlayFile, Binding binding, Map<String, Definition> unit,
                       Map<String, StoredEntry> graph) {
        MapNode entry = binding.entry();
        String element = what(binding.id(), unit, graph);
        if (element == null) {
            error(overlayFile, entry, binding.path() + ".id", "unknown id '" + binding.id() + "': no file of this"
                    + " import defines it and the graph does not hold it (expected a function or resource)");
        } else if (!element.startsWith("functions") && !element.startsWith("resources")) {
            error(overlayFile, entry, binding.path() + ".id", "'" + binding.id() + "' is " + described(element)
                    + ", expected the id of a function or resource");
        } else if (!unit.containsKey(binding.id()) && entry.field("owner").isEmpty()) {
            error(overlayFile, entry, binding.path() + ".owner", "'" + binding.id() + "' is only in the graph, not in"
                    + " this import: its binding restates it and must name its owner");
        }
        for (String key : List.of("owner", "operator")) {
            Trees.scalar(entry, key).ifPresent(id -> expect(overlayFile, binding, key, id, "parties", null, unit, graph));
        }
        Trees.scalar(entry, "site").ifPresent(id -> expect(overlayFile, binding, "site", id, "resources", "site",
                unit, graph));
        for (String id : ids(entry, "requires")) {
            String found = what(id, unit, graph);
            if (found == null || !found.startsWith("functions") && !found.startsWith("resources")) {
                error(overlayFile, entry.field("requires").get().value(), binding.path() + ".requires",
                        found == null ? "unknown id '" + id + "' (expected the id of a function or resource)"
                                : "'" + id + "' is " + described(found)
                                + ", expected the id of a function or resource");
            }
        }
        for (String id : ids(entry, "services")) {
            Definition service = unit.get(id);
            if (service == null || !service.section().equals("services")) {
                String found = what(id, unit, graph);
                error(overlayFile, entry.field("services").get().value(), binding.path() + ".services",
                        found == null ? "unknown service '" + id + "'"
                                : found.startsWith("services") ? "service '" + id + "' is only in the graph: an"
                                + " overlay adds to services of the same import; define it under the overlay's services"
                                : "'" + id + "' is " + described(found) + ", expected the id of a service");
            }
        }
    }

    private void expect(UnitFile overlayFile, Binding binding, String key, String id, String section, String kind,
                        Map<String, Definition> unit, Map<String, StoredEntry> graph) {
        String found = what(id, unit, graph);
        String expected = kind == null ? section + " entry" : section + " entry of kind " + kind;
        if (found == null) {
            error(overlayFile, binding.entry().field(key).get().value(), binding.path() + "." + key,
                    "unknown id '" + id + "' (expected the id of a " + expected.replace("parties entry", "party")
                            .replace("resources entry", "resource") + ")");
        } else if (!found.equals(kind == null ? section : section + " " + kind)
                && !(kind == null && found.startsWith(section))) {
            error(overlayFile, binding.entry().field(key).get().value(), binding.path() + "." + key,
                    "'" + id + "' is " + described(found) + ", expected "
                            + (kind == null ? "a party" : "a resource of kind " + kind));
        }
    }

    /** "functions vnf", "parties", ... for an id of the unit or the graph; {@code null} when neither has it. */
    private static String what(String id, Map<String, Definition> unit, Map<String, StoredEntry> graph) {
        Definition definition = unit.get(id);
        if (definition != null) {
            return definition.kind() == null ? definition.section() : definition.section() + " " + definition.kind();
        }
        StoredEntry entry = graph.get(id);
        if (entry != null) {
            return entry.kind() == null ? entry.list() : entry.list() + " " + entry.kind();
        }
        return null;
    }

    /** "a party", "a resource of kind server", ... for what {@link #what} found. */
    private static String described(String found) {
        String[] parts = found.split(" ", 2);
        String word = switch (parts[0]) {
            case "parties" -> "a party";
            case "services" -> "a service";
            case "functions" -> "a function";
            case "resources" -> "a resource";
            default -> "a connection";
        };
        return parts.length == 2 && !parts[0].equals("connections") ? word + " of kind " + parts[1] : word;
    }

    private void bind(UnitFile overlayFile, Binding binding, Map<String, Definition> unit,
                      Map<String, StoredEntry> graph) {
        MapNode entry = binding.entry();
        List<String> stated = entry.fields().stream().map(Field::key)
                .filter(key -> !key.equals("id") && !key.equals("services")).toList();
        Definition target = unit.get(binding.id());
        if (target != null) {
            MapNode root = (MapNode) target.file().tree;
            int index = Trees.indexOf(root, target.section(), binding.id());
            int line = Trees.items(root, target.section()).get(index).line();
            target.file().tree = Trees.withItem(root, target.section(), index, item -> bound(item, entry, line));
            if (!stated.isEmpty()) {
                // a binding that only names services edits the services, not the element: nothing to say here
                target.file().coverage.add(new Coverage(line, TreePaths.index(target.section(), index),
                        Outcome.MAPPED, String.join(", ", stated) + " of '" + binding.id() + "' from placement overlay "
                                + overlayFile.name() + " line " + binding.line()));
            }
            overlayFile.coverage.add(new Coverage(binding.line(), binding.path(), Outcome.MAPPED, "binds '"
                    + binding.id() + "' (" + target.section() + " of " + target.file().name() + "): " + facts(entry)));
        } else {
            StoredEntry element = graph.get(binding.id());
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("id", binding.line(), Trees.text(binding.line(), binding.id())));
            fields.add(new Field("kind", binding.line(), Trees.text(binding.line(), element.kind())));
            MapNode restated = bound(new MapNode(binding.line(), fields), entry, binding.line());
            overlayFile.tree = Trees.appended((MapNode) overlayFile.tree, element.list(), List.of(restated));
            overlayFile.coverage.add(new Coverage(binding.line(), binding.path(), Outcome.MAPPED, "restates stored '"
                    + binding.id() + "' (" + element.list() + ") under this overlay's source: " + facts(entry)
                    + "; these fields replace what other sources said of it"));
        }
        for (String service : ids(entry, "services")) {
            Definition definition = unit.get(service);
            MapNode root = (MapNode) definition.file().tree;
            int index = Trees.indexOf(root, "services", service);
            int line = definition.file() == overlayFile ? binding.line()
                    : Trees.items(root, "services").get(index).line();
            definition.file().tree = Trees.withItem(root, "services", index,
                    item -> Trees.appended(item, "requires", List.of(Trees.text(line, binding.id()))));
            if (definition.file() != overlayFile) {
                definition.file().coverage.add(new Coverage(line, TreePaths.index("services", index), Outcome.MAPPED,
                        "requires '" + binding.id() + "' from placement overlay " + overlayFile.name() + " line "
                                + binding.line()));
            }
        }
    }

    /** The element {@code item} with the binding's facts, every new node on {@code line}. */
    private static MapNode bound(MapNode item, MapNode binding, int line) {
        MapNode result = item;
        for (Field field : binding.fields()) {
            if (REPLACED.contains(field.key())) {
                result = Trees.with(result, field.key(), relined(field.value(), line));
            } else if (ADDED.contains(field.key())) {
                result = Trees.appended(result, field.key(), ((ListNode) relined(field.value(), line)).items());
            }
        }
        return result;
    }

    private static DocNode relined(DocNode node, int line) {
        if (node instanceof MapNode map) {
            return new MapNode(line, map.fields().stream()
                    .map(field -> new Field(field.key(), line, relined(field.value(), line))).toList());
        }
        if (node instanceof ListNode list) {
            return new ListNode(line, list.items().stream().map(item -> relined(item, line)).toList());
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ScalarNode(line, scalar.kind(), scalar.text());
    }

    private static String facts(MapNode binding) {
        List<String> facts = new ArrayList<>();
        for (Field field : binding.fields()) {
            if (field.key().equals("id")) {
                continue;
            }
            String value = field.value() instanceof ScalarNode scalar ? scalar.text()
                    : String.join(", ", ids(binding, field.key()));
            facts.add(field.key() + " " + value);
        }
        return String.join("; ", facts);
    }

    /** Every id the unit's trees define, with the first file and list that defines it. */
    private Map<String, Definition> definitions() {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        for (UnitFile file : files) {
            if (!(file.tree instanceof MapNode root)) {
                continue;
            }
            for (String section : SECTIONS) {
                for (DocNode item : Trees.items(root, section)) {
                    if (item instanceof MapNode map) {
                        Trees.scalar(map, "id").ifPresent(id -> definitions.putIfAbsent(id,
                                new Definition(file, section, Trees.scalar(map, "kind").orElse(null))));
                    }
                }
            }
        }
        return definitions;
    }

    private void error(UnitFile overlayFile, DocNode at, String path, String message) {
        errors.add(new InventoryError(overlayFile.name(), at.line(), path, message));
    }

    /** Removes the placeholder party from a tree in which nothing points at it any more. */
    private static void dropUnusedPlaceholder(UnitFile file) {
        if (!(file.tree instanceof MapNode root)) {
            return;
        }
        int index = Trees.indexOf(root, "parties", UnstatedOwner.ID);
        if (index < 0 || pointsAtPlaceholder(root)) {
            return;
        }
        file.tree = Trees.withoutItem(root, "parties", index);
    }

    static boolean pointsAtPlaceholder(MapNode root) {
        return !placeholderUses(root).isEmpty();
    }

    /** Each entry that names the placeholder, as "functions[2] 'vdu1': owner". */
    static List<String> placeholderUses(MapNode root) {
        List<String> uses = new ArrayList<>();
        for (String section : List.of("services", "functions", "resources", "access")) {
            List<DocNode> items = Trees.items(root, section);
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof MapNode item)) {
                    continue;
                }
                for (String key : List.of("owner", "operator", "provider", "party")) {
                    Optional<String> value = Trees.scalar(item, key);
                    if (value.isPresent() && value.get().equals(UnstatedOwner.ID)) {
                        uses.add(TreePaths.index(section, i) + Trees.scalar(item, "id").map(id -> " '" + id + "'")
                                .orElse("") + ": " + key);
                    }
                }
            }
        }
        return uses;
    }
}
