package demarc.importer.inventory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import demarc.importer.document.DocNode;
import demarc.importer.document.TreePaths;
import demarc.importer.inventory.Inventory.Access;
import demarc.importer.inventory.Inventory.Connection;
import demarc.importer.inventory.Inventory.Element;
import demarc.importer.inventory.Inventory.EntryKind;
import demarc.importer.inventory.Inventory.Origin;
import demarc.importer.inventory.Inventory.Party;
import demarc.importer.inventory.Inventory.Ref;
import demarc.importer.inventory.Inventory.Requirement;
import demarc.importer.inventory.Inventory.Service;
import demarc.importer.inventory.Inventory.Target;
import demarc.model.vocabulary.AccessKind;
import demarc.model.vocabulary.CarrierCategory;
import demarc.model.vocabulary.ConnectionKind;
import demarc.model.vocabulary.Designation;
import demarc.model.vocabulary.FunctionKind;
import demarc.model.vocabulary.PartyType;
import demarc.model.vocabulary.ResourceKind;
import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.ServiceClass;
import demarc.model.vocabulary.WireValue;

/**
 * Maps a parsed document onto an {@link Inventory}, checking its shape against inventory-format.md: known
 * fields, types, enum values, required fields, id and country syntax, the format version. Pure: it reads
 * nothing but the tree. Every problem is collected; a value with a problem is mapped as absent, so that the
 * later checks (references, duplicates, cycles) still run on the rest.
 */
final class InventoryMapper {

    /** Format versions this importer reads. */
    static final int FORMAT_VERSION = 1;
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_SOURCE_LENGTH = 1000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final JsonFactory JSON = new JsonFactory();

    private static final List<String> DOCUMENT_FIELDS = List.of("@context", "inventory", "source", "asOf",
            "parties", "services", "functions", "resources", "connections", "access");
    private static final List<String> PARTY_FIELDS = List.of("id", "name", "country", "type", "carrier");
    private static final List<String> CARRIER_FIELDS = List.of("category", "designations", "users");
    private static final List<String> SERVICE_FIELDS = List.of("id", "name", "provider", "class", "users", "paid",
            "emergencyCalls", "mobileVoiceNumbers", "prefectures", "requires");
    private static final List<String> ELEMENT_FIELDS = List.of("id", "name", "kind", "roles", "owner", "operator",
            "country", "prefecture", "site", "requires", "manages", "holdsUserInfo", "attributes");
    private static final List<String> CONNECTION_FIELDS = List.of("id", "kind", "between", "demarcation");
    private static final List<String> DEMARCATION_FIELDS = List.of("point", "functionCheck");
    private static final List<String> ACCESS_FIELDS = List.of("party", "to", "kind", "country");

    private final ErrorCollector errors;

    InventoryMapper(ErrorCollector errors) {
        this.errors = errors;
    }

    /** The inventory, or {@code null} when the document is not an inventory of a version this importer reads. */
    Inventory map(String file, DocNode root) {
        if (!(root instanceof DocNode.MapNode map)) {
            errors.add(root.line(), TreePaths.ROOT, "expected a map with the fields " + DOCUMENT_FIELDS
                    + ", found " + root.describe());
            return null;
        }
        Fields document = new Fields(map, TreePaths.ROOT, DOCUMENT_FIELDS);
        if (!version(document)) {
            // a document of another version would only produce noise about fields this version does not know
            return null;
        }
        String source = document.source("source");
        LocalDate asOf = document.date("asOf");
        List<Party> parties = new ArrayList<>();
        for (Item item : document.list("parties")) {
            Fields fields = fieldsOf(item, PARTY_FIELDS);
            if (fields != null) {
                parties.add(party(item, fields));
            }
        }
        List<Service> services = new ArrayList<>();
        for (Item item : document.list("services")) {
            Fields fields = fieldsOf(item, SERVICE_FIELDS);
            if (fields != null) {
                services.add(service(item, fields));
            }
        }
        List<Element> elements = new ArrayList<>();
        for (Item item : document.list("functions")) {
            Fields fields = fieldsOf(item, ELEMENT_FIELDS);
            if (fields != null) {
                elements.add(element(item, fields, EntryKind.FUNCTION));
            }
        }
        for (Item item : document.list("resources")) {
            Fields fields = fieldsOf(item, ELEMENT_FIELDS);
            if (fields != null) {
                elements.add(element(item, fields, EntryKind.RESOURCE));
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (Item item : document.list("connections")) {
            Fields fields = fieldsOf(item, CONNECTION_FIELDS);
            if (fields != null) {
                connections.add(connection(item, fields));
            }
        }
        List<Access> access = new ArrayList<>();
        for (Item item : document.list("access")) {
            Fields fields = fieldsOf(item, ACCESS_FIELDS);
            if (fields != null) {
                access.add(access(item, fields));
            }
        }
        return new Inventory(file, source, asOf, parties, services, elements, connections, access);
    }

    private boolean version(Fields document) {
        DocNode.Field field = document.map.field("inventory").orElse(null);
        if (field == null) {
            errors.add(document.map.line(), "inventory", "missing required field 'inventory' (the format version, "
                    + FORMAT_VERSION + ")");
            return true;
        }
        if (field.value() instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.INTEGER
                && parseInteger(scalar.text()) != null && parseInteger(scalar.text()).equals(BigInteger.ONE)) {
            return true;
        }
        String found = field.value() instanceof DocNode.ScalarNode scalar ? "'" + scalar.text() + "'"
                : field.value().describe();
        errors.add(field.value().line(), "inventory", "unsupported format version " + found
                + " (this importer reads version " + FORMAT_VERSION + ")");
        return false;
    }

    private Party party(Item item, Fields fields) {
        String id = fields.id("id", true);
        String type = fields.word("type", PartyType.class, true);
        String category = null;
        List<String> designations = null;
        Long users = null;
        Fields carrier = fields.map("carrier", CARRIER_FIELDS);
        if (carrier != null) {
            if (type != null && !type.equals(PartyType.CARRIER.wire())) {
                errors.add(carrier.map.line(), carrier.path,
                        "a carrier block is only allowed for a party of type 'carrier' (this party is '" + type + "')");
            }
            category = carrier.word("category", CarrierCategory.class, true);
            designations = carrier.words("designations", Designation.class);
            users = carrier.count("users");
        }
        return new Party(item.origin(), id, fields.text("name", false), fields.country("country"), type, category,
                designations, users);
    }

    private Service service(Item item, Fields fields) {
        return new Service(item.origin(), fields.id("id", true), fields.text("name", false),
                fields.ref("provider", Target.PARTY, true), fields.word("class", ServiceClass.class, true),
                fields.count("users"), fields.flag("paid"), fields.flag("emergencyCalls"),
                fields.flag("mobileVoiceNumbers"), fields.count("prefectures"), fields.requires("requires"));
    }

    private Element element(Item item, Fields fields, EntryKind entryKind) {
        String kind = entryKind == EntryKind.FUNCTION
                ? fields.word("kind", FunctionKind.class, true)
                : fields.word("kind", ResourceKind.class, true);
        return new Element(item.origin(), entryKind, fields.id("id", true), fields.text("name", false), kind,
                fields.words("roles", Role.class), fields.ref("owner", Target.PARTY, true),
                fields.ref("operator", Target.PARTY, false), fields.country("country"),
                fields.text("prefecture", false), fields.ref("site", Target.SITE, false),
                fields.requires("requires"), fields.refs("manages", Target.ELEMENT, false),
                fields.flag("holdsUserInfo"), fields.attributes("attributes"));
    }

    private Connection connection(Item item, Fields fields) {
        String id = fields.id("id", true);
        String kind = fields.word("kind", ConnectionKind.class, true);
        List<Ref> between = fields.refs("between", Target.ELEMENT, true);
        if (between != null) {
            DocNode betweenNode = fields.value("between");
            if (between.size() != 2) {
                errors.add(betweenNode.line(), TreePaths.key(fields.path, "between"),
                        "expected exactly 2 element ids, found " + between.size());
            } else if (between.get(0).id().equals(between.get(1).id())) {
                errors.add(betweenNode.line(), TreePaths.key(fields.path, "between"),
                        "expected 2 different element ids, found '" + between.get(0).id() + "' twice");
            }
        }
        String point = null;
        String functionCheck = null;
        Fields demarcation = fields.map("demarcation", DEMARCATION_FIELDS);
        if (demarcation != null) {
            point = demarcation.text("point", false);
            functionCheck = demarcation.text("functionCheck", false);
        }
        return new Connection(item.origin(), id, kind, between == null ? List.of() : between, point, functionCheck);
    }

    private Access access(Item item, Fields fields) {
        List<Ref> to = fields.refs("to", Target.ELEMENT, true);
        if (to != null && to.isEmpty()) {
            errors.add(fields.value("to").line(), TreePaths.key(fields.path, "to"), "expected at least one element id");
        }
        return new Access(item.origin(), fields.ref("party", Target.PARTY, true), to == null ? List.of() : to,
                fields.word("kind", AccessKind.class, true), fields.country("country"));
    }

    /** An element of a list, with its path. */
    private record Item(DocNode node, String path) {
        Origin origin() {
            return new Origin(path, node.line());
        }
    }

    /** Typed access to the fields of one map; reports unknown fields on creation and every bad value on use. */
    private final class Fields {
        private final DocNode.MapNode map;
        private final String path;

        Fields(DocNode.MapNode map, String path, List<String> allowed) {
            this.map = map;
            this.path = path;
            for (DocNode.Field field : map.fields()) {
                if (!allowed.contains(field.key())) {
                    errors.add(field.line(), TreePaths.key(path, field.key()),
                            "unknown field '" + field.key() + "' (allowed: " + String.join(", ", allowed) + ")");
                }
            }
        }

        /** The value of {@code key}; {@code null} when absent or written without a value. */
        DocNode value(String key) {
            return map.field(key)
                    .map(DocNode.Field::value)
                    .filter(value -> !(value instanceof DocNode.ScalarNode s && s.kind() == DocNode.ScalarKind.NULL))
                    .orElse(null);
        }

        private boolean present(String key, boolean required) {
            if (value(key) != null) {
                return true;
            }
            if (required) {
                errors.add(map.line(), TreePaths.key(path, key), map.field(key).isPresent()
                        ? "required field '" + key + "' has no value"
                        : "missing required field '" + key + "'");
            }
            return false;
        }

        private void wrongType(String key, String expected) {
            DocNode node = value(key);
            errors.add(node.line(), TreePaths.key(path, key), "expected " + expected + ", found " + shown(node));
        }

        /** Any scalar, as written: {@code name: 2026} is the name "2026", {@code country: NO} is Norway. */
        String text(String key, boolean required) {
            if (!present(key, required)) {
                return null;
            }
            if (value(key) instanceof DocNode.ScalarNode scalar) {
                return scalar.text();
            }
            wrongType(key, "a string");
            return null;
        }

        /**
         * A source: any text without control characters, since translated files are named by their path
         * ({@code csar/Definitions/vnfd.yaml}, {@code unit.zip!/parties.csv}).
         */
        String source(String key) {
            String source = text(key, true);
            if (source == null) {
                return null;
            }
            if (source.isBlank() || source.length() > MAX_SOURCE_LENGTH
                    || source.chars().anyMatch(Character::isISOControl)) {
                errors.add(value(key).line(), TreePaths.key(path, key), "invalid source '" + source
                        + "' (expected 1 to " + MAX_SOURCE_LENGTH + " characters, no control characters)");
                return null;
            }
            return source;
        }

        String id(String key, boolean required) {
            String id = text(key, required);
            return id == null ? null : checkedId(id, value(key).line(), TreePaths.key(path, key));
        }

        Ref ref(String key, Target target, boolean required) {
            String id = id(key, required);
            return id == null ? null : new Ref(id, target, new Origin(TreePaths.key(path, key), value(key).line()));
        }

        /** A list of ids; {@code null} when absent or not a list. */
        List<Ref> refs(String key, Target target, boolean required) {
            if (!present(key, required)) {
                return null;
            }
            if (!(value(key) instanceof DocNode.ListNode list)) {
                wrongType(key, "a list of ids");
                return null;
            }
            List<Ref> refs = new ArrayList<>();
            String listPath = TreePaths.key(path, key);
            for (int i = 0; i < list.items().size(); i++) {
                Ref ref = refAt(list.items().get(i), TreePaths.index(listPath, i), target);
                if (ref != null) {
                    refs.add(ref);
                }
            }
            return refs;
        }

        /** {@code requires}: element ids and {@code {anyOf: [ids]}} entries; {@code null} when not stated. */
        List<Requirement> requires(String key) {
            if (!present(key, false)) {
                return null;
            }
            if (!(value(key) instanceof DocNode.ListNode list)) {
                wrongType(key, "a list of element ids and {anyOf: [ids]} entries");
                return null;
            }
            List<Requirement> requires = new ArrayList<>();
            String listPath = TreePaths.key(path, key);
            for (int slot = 0; slot < list.items().size(); slot++) {
                DocNode item = list.items().get(slot);
                String itemPath = TreePaths.index(listPath, slot);
                if (item instanceof DocNode.MapNode entry) {
                    Fields anyOf = new Fields(entry, itemPath, List.of("anyOf"));
                    List<Ref> members = anyOf.refs("anyOf", Target.ELEMENT, true);
                    if (members != null && members.isEmpty()) {
                        errors.add(entry.line(), TreePaths.key(itemPath, "anyOf"), "expected at least one element id");
                    } else if (members != null) {
                        requires.add(new Requirement(slot, true, members));
                    }
                } else {
                    Ref ref = refAt(item, itemPath, Target.ELEMENT);
                    if (ref != null) {
                        requires.add(new Requirement(slot, false, List.of(ref)));
                    }
                }
            }
            return requires;
        }

        private Ref refAt(DocNode node, String at, Target target) {
            if (node instanceof DocNode.ScalarNode scalar && scalar.kind() != DocNode.ScalarKind.NULL) {
                String id = checkedId(scalar.text(), node.line(), at);
                return id == null ? null : new Ref(id, target, new Origin(at, node.line()));
            }
            errors.add(node.line(), at, "expected " + (target == Target.PARTY ? "a party id" : "an element id")
                    + ", found " + shown(node));
            return null;
        }

        <E extends Enum<E> & WireValue> String word(String key, Class<E> vocabulary, boolean required) {
            String word = text(key, required);
            return word == null ? null : checkedWord(word, vocabulary, value(key).line(), TreePaths.key(path, key));
        }

        <E extends Enum<E> & WireValue> List<String> words(String key, Class<E> vocabulary) {
            if (!present(key, false)) {
                return null;
            }
            if (!(value(key) instanceof DocNode.ListNode list)) {
                wrongType(key, "a list of " + String.join(" | ", WireValue.wireValues(vocabulary)));
                return null;
            }
            List<String> words = new ArrayList<>();
            String listPath = TreePaths.key(path, key);
            for (int i = 0; i < list.items().size(); i++) {
                DocNode item = list.items().get(i);
                String at = TreePaths.index(listPath, i);
                if (item instanceof DocNode.ScalarNode scalar && scalar.kind() != DocNode.ScalarKind.NULL) {
                    String word = checkedWord(scalar.text(), vocabulary, item.line(), at);
                    if (word != null && !words.contains(word)) {
                        words.add(word);
                    }
                } else {
                    errors.add(item.line(), at, "expected one of " + String.join(", ",
                            WireValue.wireValues(vocabulary)) + ", found " + shown(item));
                }
            }
            return words;
        }

        Long count(String key) {
            if (!present(key, false)) {
                return null;
            }
            DocNode node = value(key);
            BigInteger number = node instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.INTEGER
                    ? parseInteger(scalar.text()) : null;
            if (number == null || number.signum() < 0 || number.bitLength() > 63) {
                wrongType(key, "a non-negative integer");
                return null;
            }
            return number.longValue();
        }

        Boolean flag(String key) {
            if (!present(key, false)) {
                return null;
            }
            if (value(key) instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.BOOLEAN) {
                return parseBoolean(scalar.text());
            }
            wrongType(key, "true or false");
            return null;
        }

        String country(String key) {
            String country = text(key, false);
            if (country != null && !COUNTRY.matcher(country).matches()) {
                errors.add(value(key).line(), TreePaths.key(path, key),
                        "expected an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. JP), found '"
                                + country + "'");
                return null;
            }
            return country;
        }

        LocalDate date(String key) {
            String text = text(key, false);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(value(key).line(), TreePaths.key(path, key),
                        "expected a date (YYYY-MM-DD), found '" + text + "'");
                return null;
            }
        }

        Fields map(String key, List<String> allowed) {
            if (!present(key, false)) {
                return null;
            }
            if (value(key) instanceof DocNode.MapNode nested) {
                return new Fields(nested, TreePaths.key(path, key), allowed);
            }
            wrongType(key, "a map with the fields " + String.join(", ", allowed));
            return null;
        }

        /** {@code attributes}: any map, kept as JSON text. */
        String attributes(String key) {
            if (!present(key, false)) {
                return null;
            }
            if (value(key) instanceof DocNode.MapNode attributes) {
                return toJson(attributes);
            }
            wrongType(key, "a map");
            return null;
        }

        /** The items of a list field; empty when absent or not a list. */
        List<Item> list(String key) {
            if (!present(key, false)) {
                return List.of();
            }
            if (!(value(key) instanceof DocNode.ListNode list)) {
                wrongType(key, "a list");
                return List.of();
            }
            List<Item> items = new ArrayList<>();
            String listPath = TreePaths.key(path, key);
            for (int i = 0; i < list.items().size(); i++) {
                items.add(new Item(list.items().get(i), TreePaths.index(listPath, i)));
            }
            return items;
        }
    }

    /** The item as a map with the allowed fields, or {@code null} (reported) when it is not a map. */
    private Fields fieldsOf(Item item, List<String> allowed) {
        if (item.node() instanceof DocNode.MapNode map) {
            return new Fields(map, item.path(), allowed);
        }
        errors.add(item.node().line(), item.path(), "expected a map, found " + shown(item.node()));
        return null;
    }

    private String checkedId(String id, int line, String at) {
        if (id.length() > MAX_ID_LENGTH) {
            errors.add(line, at, "id is " + id.length() + " characters long (at most " + MAX_ID_LENGTH + ")");
            return null;
        }
        if (!ID.matcher(id).matches()) {
            errors.add(line, at, "invalid id '" + id + "' (allowed: letters, digits, '-', '_', '.', ':')");
            return null;
        }
        return id;
    }

    private <E extends Enum<E> & WireValue> String checkedWord(String word, Class<E> vocabulary, int line, String at) {
        if (WireValue.fromWire(vocabulary, word).isPresent()) {
            return word;
        }
        errors.add(line, at, "unknown value '" + word + "' (expected one of: "
                + String.join(", ", WireValue.wireValues(vocabulary)) + ")");
        return null;
    }

    /** How a value is shown in a message: a scalar as written, a collection by what it is. */
    private static String shown(DocNode node) {
        if (node instanceof DocNode.ScalarNode scalar && scalar.kind() != DocNode.ScalarKind.NULL) {
            return scalar.describe() + " '" + scalar.text() + "'";
        }
        return node.describe();
    }

    /** A YAML or JSON integer: decimal, with optional sign and YAML's digit-group underscores; else {@code null}. */
    static BigInteger parseInteger(String text) {
        String digits = text.replace("_", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        try {
            return new BigInteger(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** YAML 1.1 booleans (true/yes/on and their opposites, any case) and JSON's true/false. */
    private static Boolean parseBoolean(String text) {
        return Set.of("true", "yes", "on").contains(text.toLowerCase(Locale.ROOT));
    }

    private static String toJson(DocNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeJson(json, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeJson(JsonGenerator json, DocNode node) throws IOException {
        if (node instanceof DocNode.MapNode map) {
            json.writeStartObject();
            for (DocNode.Field field : map.fields()) {
                json.writeFieldName(field.key());
                writeJson(json, field.value());
            }
            json.writeEndObject();
        } else if (node instanceof DocNode.ListNode list) {
            json.writeStartArray();
            for (DocNode item : list.items()) {
                writeJson(json, item);
            }
            json.writeEndArray();
        } else {
            DocNode.ScalarNode scalar = (DocNode.ScalarNode) node;
            switch (scalar.kind()) {
                case NULL -> json.writeNull();
                case BOOLEAN -> json.writeBoolean(parseBoolean(scalar.text()));
                case INTEGER -> writeNumberOrText(json, scalar.text(), parseInteger(scalar.text()));
                case DECIMAL -> writeNumberOrText(json, scalar.text(), parseDecimal(scalar.text()));
                case STRING, DATE -> json.writeString(scalar.text());
            }
        }
    }

    private static BigDecimal parseDecimal(String text) {
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Numbers Java reads are written as numbers; YAML-only spellings (0x1F, .inf) are kept as text. */
    private static void writeNumberOrText(JsonGenerator json, String text, Number number) throws IOException {
        if (number instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (number instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else {
            json.writeString(text);
        }
    }
}
