package demarc.importer.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import demarc.importer.document.ImportLimits;
import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentReader;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.ParsedDocument;
import demarc.importer.document.TreePaths;
import demarc.importer.format.PlacementOverlay.Binding;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.WireValue;

/**
 * The placement overlay (docs/formats.md): binds the ids of functions and resources that descriptors define to
 * the owners, operators, hosts, places and services descriptors never state. Recognised by its top-level
 * {@code overlay} key. Reading checks the shape with file:line errors; what the ids refer to is checked when
 * the overlay is applied to the other files of its import ({@link OverlayBinder}).
 */
public final class PlacementOverlayFormat implements InventoryFormat {

    public static final String ID = "overlay";
    static final int VERSION = 1;

    static final List<String> DOCUMENT_FIELDS =
            List.of("overlay", "source", "asOf", "parties", "services", "resources", "bind");
    static final List<String> BIND_FIELDS = List.of("id", "owner", "operator", "site", "country", "prefecture",
            "roles", "requires", "holdsUserInfo", "services");
    /** Fields an overlay passes to the inventory document as they are; the inventory validation checks them. */
    private static final List<String> INVENTORY_SECTIONS = List.of("parties", "services", "resources");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final ImportLimits limits;

    /** A format that reads with {@link ImportLimits#DEFAULTS}. */
    public PlacementOverlayFormat() {
        this(ImportLimits.DEFAULTS);
    }

    public PlacementOverlayFormat(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "placement overlay, YAML or JSON (overlay: 1): binds descriptor ids to owners, hosts and services";
    }

    @Override
    public boolean recognizes(InputFile file) {
        return TopLevelKeys.of(file).contains("overlay");
    }

    /** The overlay's own document, without its bindings applied to anything (a unit import applies them). */
    @Override
    public Translation translate(InputFile file) throws TranslationException {
        PlacementOverlay overlay = read(file);
        List<Coverage> coverage = new ArrayList<>();
        for (Binding binding : overlay.bindings()) {
            coverage.add(new Coverage(binding.line(), binding.path(), Outcome.SKIPPED,
                    "binding of '" + binding.id() + "' applies only within an import unit"));
        }
        return new Translation(file.name(), ID, overlay.inventory(), coverage);
    }

    /** Reads and checks the overlay's shape; every problem names its line and path. */
    public PlacementOverlay read(InputFile file) throws TranslationException {
        ParsedDocument parsed;
        try {
            parsed = DocumentReader.read(file.name(), file.text(), limits);
        } catch (DocumentSyntaxException e) {
            throw new TranslationException(List.of(e.problem()));
        }
        List<DocumentProblem> problems = new ArrayList<>(parsed.problems());
        if (!(parsed.root() instanceof MapNode root)) {
            problems.add(new DocumentProblem(parsed.root().line(), TreePaths.ROOT,
                    "expected a map with the fields " + DOCUMENT_FIELDS + ", found " + parsed.root().describe()));
            throw new TranslationException(problems);
        }
        unknownFields(root, TreePaths.ROOT, DOCUMENT_FIELDS, problems);
        version(root, problems);
        String source = requiredScalar(root, TreePaths.ROOT, "source", problems);
        List<Field> inventory = new ArrayList<>();
        inventory.add(new Field("inventory", root.line(), new ScalarNode(root.line(), ScalarKind.INTEGER, "1")));
        for (Field field : root.fields()) {
            if (field.key().equals("source") || field.key().equals("asOf") || INVENTORY_SECTIONS.contains(field.key())) {
                inventory.add(field);
            }
        }
        List<Binding> bindings = bindings(root, problems);
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        return new PlacementOverlay(file.name(), source, new MapNode(root.line(), inventory), bindings);
    }

    private static void version(MapNode root, List<DocumentProblem> problems) {
        DocNode value = root.field("overlay").map(Field::value).orElse(null);
        if (value == null) {
            problems.add(new DocumentProblem(root.line(), "overlay",
                    "missing required field 'overlay' (the overlay format version, " + VERSION + ")"));
        } else if (!(value instanceof ScalarNode scalar && scalar.kind() == ScalarKind.INTEGER
                && BigInteger.valueOf(VERSION).equals(integer(scalar.text())))) {
            problems.add(new DocumentProblem(value.line(), "overlay", "unsupported overlay version "
                    + shown(value) + " (this importer reads version " + VERSION + ")"));
        }
    }

    private static BigInteger integer(String text) {
        try {
            return new BigInteger(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Binding> bindings(MapNode root, List<DocumentProblem> problems) {
        DocNode bind = root.field("bind").map(Field::value).orElse(null);
        if (bind == null || bind instanceof ScalarNode s && s.kind() == ScalarKind.NULL) {
            return List.of();
        }
        if (!(bind instanceof ListNode list)) {
            problems.add(new DocumentProblem(bind.line(), "bind", "expected a list of bindings, found " + shown(bind)));
            return List.of();
        }
        List<Binding> bindings = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            DocNode item = list.items().get(i);
            String path = TreePaths.index("bind", i);
            if (!(item instanceof MapNode entry)) {
                problems.add(new DocumentProblem(item.line(), path, "expected a map with the fields " + BIND_FIELDS
                        + ", found " + shown(item)));
                continue;
            }
            int before = problems.size();
            unknownFields(entry, path, BIND_FIELDS, problems);
            String id = requiredScalar(entry, path, "id", problems);
            for (String key : List.of("owner", "operator", "site", "prefecture")) {
                optionalScalar(entry, path, key, problems);
            }
            String country = optionalScalar(entry, path, "country", problems);
            if (country != null && !COUNTRY.matcher(country).matches()) {
                problems.add(new DocumentProblem(valueLine(entry, "country"), TreePaths.key(path, "country"),
                        "expected an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. JP), found '"
                                + country + "'"));
            }
            roles(entry, path, problems);
            ids(entry, path, "services", false, problems);
            ids(entry, path, "requires", true, problems);
            entry.field("holdsUserInfo").map(Field::value).filter(value -> !(value instanceof ScalarNode s
                    && s.kind() == ScalarKind.BOOLEAN)).ifPresent(value -> problems.add(new DocumentProblem(
                    value.line(), TreePaths.key(path, "holdsUserInfo"), "expected true or false, found " + shown(value))));
            if (id != null) {
                Integer first = firstLine.putIfAbsent(id, entry.line());
                if (first != null) {
                    problems.add(new DocumentProblem(entry.line(), TreePaths.key(path, "id"),
                            "'" + id + "' is bound twice (first at line " + first + ")"));
                } else if (problems.size() == before) {
                    bindings.add(new Binding(path, entry.line(), id, entry));
                }
            }
        }
        return bindings;
    }

    private static void roles(MapNode entry, String path, List<DocumentProblem> problems) {
        DocNode value = entry.field("roles").map(Field::value).orElse(null);
        if (value == null) {
            return;
        }
        if (!(value instanceof ListNode list)) {
            problems.add(new DocumentProblem(value.line(), TreePaths.key(path, "roles"),
                    "expected a list of roles, found " + shown(value)));
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            DocNode item = list.items().get(i);
            if (!(item instanceof ScalarNode scalar) || WireValue.fromWire(Role.class, scalar.text()).isEmpty()) {
                problems.add(new DocumentProblem(item.line(), TreePaths.index(TreePaths.key(path, "roles"), i),
                        "unknown role " + shown(item) + " (expected one of: "
                                + String.join(", ", WireValue.wireValues(Role.class)) + ")"));
            }
        }
    }

    /** A list of ids; in {@code requires} an item may also be {@code {anyOf: [ids]}}. */
    private static void ids(MapNode entry, String path, String key, boolean anyOf, List<DocumentProblem> problems) {
        DocNode value = entry.field(key).map(Field::value).orElse(null);
        if (value == null) {
            return;
        }
        String listPath = TreePaths.key(path, key);
        if (!(value instanceof ListNode list)) {
            problems.add(new DocumentProblem(value.line(), listPath, "expected a list of ids, found " + shown(value)));
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            DocNode item = list.items().get(i);
            String itemPath = TreePaths.index(listPath, i);
            if (anyOf && item instanceof MapNode map && map.fields().size() == 1
                    && map.field("anyOf").map(Field::value).orElse(null) instanceof ListNode members
                    && !members.items().isEmpty()) {
                members.items().stream().filter(member -> !isText(member)).forEach(member -> problems.add(
                        new DocumentProblem(member.line(), itemPath + ".anyOf", "expected an id, found " + shown(member))));
            } else if (!isText(item)) {
                problems.add(new DocumentProblem(item.line(), itemPath, "expected an id"
                        + (anyOf ? " or {anyOf: [ids]}" : "") + ", found " + shown(item)));
            }
        }
    }

    private static boolean isText(DocNode node) {
        return node instanceof ScalarNode scalar && scalar.kind() != ScalarKind.NULL;
    }

    private static void unknownFields(MapNode map, String path, List<String> allowed, List<DocumentProblem> problems) {
        for (Field field : map.fields()) {
            if (!allowed.contains(field.key())) {
                problems.add(new DocumentProblem(field.line(), TreePaths.key(path, field.key()),
                        "unknown field '" + field.key() + "' (allowed: " + String.join(", ", allowed) + ")"));
            }
        }
    }

    private static String requiredScalar(MapNode map, String path, String key, List<DocumentProblem> problems) {
        if (map.field(key).isEmpty() || !isText(map.field(key).get().value()) && map.field(key).get().value()
                instanceof ScalarNode) {
            problems.add(new DocumentProblem(map.line(), TreePaths.key(path, key),
                    "missing required field '" + key + "'"));
            return null;
        }
        return optionalScalar(map, path, key, problems);
    }

    private static String optionalScalar(MapNode map, String path, String key, List<DocumentProblem> problems) {
        DocNode value = map.field(key).map(Field::value).orElse(null);
        if (value == null || value instanceof ScalarNode s && s.kind() == ScalarKind.NULL) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return scalar.text();
        }
        problems.add(new DocumentProblem(value.line(), TreePaths.key(path, key), "expected a string, found "
                + shown(value)));
        return null;
    }

    private static int valueLine(MapNode map, String key) {
        return map.field(key).map(field -> field.value().line()).orElse(map.line());
    }

    private static String shown(DocNode node) {
        return isText(node) ? node.describe() + " '" + ((ScalarNode) node).text() + "'" : node.describe();
    }
}
