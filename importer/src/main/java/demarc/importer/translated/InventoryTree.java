package demarc.importer.translated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.UnstatedOwner;

/**
 * An inventory document (inventory-format.md) being built from a file of another format, with its coverage.
 * Every node of the finished tree carries the line of the source object it came from. An element whose owner
 * the file does not state gets the placeholder party {@value #UNSTATED_OWNER} and an UNKNOWN coverage line.
 */
public final class InventoryTree {

    /** The party standing for "the file does not say who owns this"; defined in every tree that uses it. */
    public static final String UNSTATED_OWNER = UnstatedOwner.ID;
    private static final int MAX_ID_LENGTH = 200;
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_.:-]");

    private final String file;
    private final String source;
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final List<Coverage> coverage = new ArrayList<>();

    public InventoryTree(InputFile file) {
        this.file = file.name();
        this.source = id("", file.name());
    }

    /**
     * {@code prefix + raw} as an inventory id: characters an id may not hold become {@code _}, and then a short
     * hash of {@code raw} is appended so that two raw values differing only there stay apart; over-long ids are
     * cut and hashed the same way.
     */
    public static String id(String prefix, String raw) {
        String cleaned = NOT_ID.matcher(raw).replaceAll("_");
        String id = prefix + cleaned;
        if (cleaned.equals(raw) && id.length() <= MAX_ID_LENGTH && !raw.isEmpty()) {
            return id;
        }
        String hash = "-" + shortHash(raw);
        return (id.length() + hash.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH - hash.length()) : id)
                + hash;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String source() {
        return source;
    }

    /** Defines a party once (the first definition wins) and returns its id. */
    public String party(String id, String name, String type, int line) {
        parties.putIfAbsent(id, new Party(id, name, type, line));
        return id;
    }

    public String unstatedOwner() {
        return party(UNSTATED_OWNER, UnstatedOwner.NAME, UnstatedOwner.TYPE, 1);
    }

    /** The function with this id, defined on first call; a later call for the same id returns it unchanged. */
    public Element function(String id, String kind, int line, String path) {
        return elements.computeIfAbsent(id, key -> new Element(true, key, kind, line, path));
    }

    public Element resource(String id, String kind, int line, String path) {
        return elements.computeIfAbsent(id, key -> new Element(false, key, kind, line, path));
    }

    /** The service with this id, defined on first call; a later call for the same id returns it unchanged. */
    public Service service(String id, int line, String path) {
        return services.computeIfAbsent(id, key -> new Service(key, line, path));
    }

    /** The service defined with this id, or {@code null}. */
    public Service service(String id) {
        return services.get(id);
    }

    /** The element defined with this id, or {@code null}. */
    public Element element(String id) {
        return elements.get(id);
    }

    public boolean hasParty(String id) {
        return parties.containsKey(id);
    }

    public void mapped(int line, String path, String detail) {
        coverage.add(new Coverage(line, path, Outcome.MAPPED, detail));
    }

    public void skipped(int line, String path, String detail) {
        coverage.add(new Coverage(line, path, Outcome.SKIPPED, detail));
    }

    public void unknown(int line, String path, String detail) {
        coverage.add(new Coverage(line, path, Outcome.UNKNOWN, detail));
    }

    /** The finished document and its coverage, for {@code format}. */
    public Translation translation(String format) {
        for (Element element : elements.values()) {
            if (element.owner == null) {
                element.owner = unstatedOwner();
                unknown(element.line, element.path, "owner of " + element.id + " not stated in the source: '"
                        + UNSTATED_OWNER + "' stands in for it");
            }
        }
        for (Service service : services.values()) {
            if (service.provider == null) {
                service.provider = unstatedOwner();
                unknown(service.line, service.path, "provider of service " + service.id + " not stated in the source: '"
                        + UNSTATED_OWNER + "' stands in for it");
            }
            if (service.serviceClass == null) {
                service.serviceClass = UnstatedOwner.PLACEHOLDER_SERVICE_CLASS;
                unknown(service.line, service.path, "service class of " + service.id + " not stated in the source: '"
                        + UnstatedOwner.PLACEHOLDER_SERVICE_CLASS + "' written as a placeholder; set the class with "
                        + "an overlay or a hand-written service");
            }
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("inventory", 1, new DocNode.ScalarNode(1, ScalarKind.INTEGER, "1")));
        fields.add(new Field("source", 1, string(1, source)));
        addList(fields, "parties", parties.values().stream().map(Party::node).toList());
        addList(fields, "services", services.values().stream().map(Service::node).toList());
        addList(fields, "functions", elements.values().stream().filter(e -> e.function).map(Element::node).toList());
        addList(fields, "resources", elements.values().stream().filter(e -> !e.function).map(Element::node).toList());
        return new Translation(file, format, new DocNode.MapNode(1, fields), coverage);
    }

    private static void addList(List<Field> fields, String key, List<DocNode> items) {
        if (!items.isEmpty()) {
            fields.add(new Field(key, items.get(0).line(), new DocNode.ListNode(items.get(0).line(), items)));
        }
    }

    static DocNode.ScalarNode string(int line, String text) {
        return new DocNode.ScalarNode(line, ScalarKind.STRING, text);
    }

    private record Party(String id, String name, String type, int line) {
        DocNode node() {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("id", line, string(line, id)));
            if (name != null && !name.isBlank()) {
                fields.add(new Field("name", line, string(line, name)));
            }
            fields.add(new Field("type", line, string(line, type)));
            return new DocNode.MapNode(line, fields);
        }
    }

    /** A service being built; setters ignore {@code null}, so that absent source values stay absent. */
    public static final class Service {
        private final String id;
        private final int line;
        private final String path;
        private String name;
        private String provider;
        private String serviceClass;
        private final Set<String> requires = new LinkedHashSet<>();

        private Service(String id, int line, String path) {
            this.id = id;
            this.line = line;
            this.path = path;
        }

        public String id() {
            return id;
        }

        /** What it requires so far, in order. */
        public List<String> requirements() {
            return List.copyOf(requires);
        }

        public Service name(String value) {
            name = value == null || value.isBlank() ? name : value;
            return this;
        }

        public Service provider(String party) {
            provider = party == null ? provider : party;
            return this;
        }

        public Service requires(String elementId) {
            requires.add(elementId);
            return this;
        }

        DocNode node() {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("id", line, string(line, id)));
            if (name != null) {
                fields.add(new Field("name", line, string(line, name)));
            }
            fields.add(new Field("provider", line, string(line, provider)));
            fields.add(new Field("class", line, string(line, serviceClass)));
            if (!requires.isEmpty()) {
                fields.add(new Field("requires", line, new DocNode.ListNode(line,
                        requires.stream().map(target -> (DocNode) string(line, target)).toList())));
            }
            return new DocNode.MapNode(line, fields);
        }
    }

    /** A function or resource being built; setters ignore {@code null} so that absent source values stay absent. */
    public static final class Element {
        private final boolean function;
        private final String id;
        private final String kind;
        private final int line;
        private final String path;
        private String name;
        private String owner;
        private String operator;
        private String country;
        private String site;
        private final Set<String> requires = new LinkedHashSet<>();
        private final List<List<String>> anyOf = new ArrayList<>();
        private final List<Field> attributes = new ArrayList<>();

        private Element(boolean function, String id, String kind, int line, String path) {
            this.function = function;
            this.id = id;
            this.kind = kind;
            this.line = line;
            this.path = path;
        }

        public String id() {
            return id;
        }

        public String kind() {
            return kind;
        }

        public String country() {
            return country;
        }

        public String site() {
            return site;
        }

        public Element name(String value) {
            name = value == null || value.isBlank() ? name : value;
            return this;
        }

        public Element owner(String party) {
            owner = party == null ? owner : party;
            return this;
        }

        public Element operator(String party) {
            operator = party == null ? operator : party;
            return this;
        }

        public Element country(String code) {
            country = code == null ? country : code;
            return this;
        }

        public Element site(String siteId) {
            site = siteId == null ? site : siteId;
            return this;
        }

        /** Adds a requirement once; an element never requires itself. */
        public Element requires(String elementId) {
            if (!elementId.equals(id)) {
                requires.add(elementId);
            }
            return this;
        }

        /** Adds {@code {anyOf: [ids]}}; one member is a plain requirement. */
        public Element requiresAnyOf(List<String> members) {
            if (members.size() == 1) {
                return requires(members.get(0));
            }
            if (!members.isEmpty() && !anyOf.contains(members)) {
                anyOf.add(List.copyOf(members));
            }
            return this;
        }

        /** Keeps a source value, uninterpreted, under {@code attributes} (the first value of a key wins). */
        public Element attribute(String key, DocNode value) {
            if (attributes.stream().noneMatch(field -> field.key().equals(key))) {
                attributes.add(new Field(key, value.line(), value));
            }
            return this;
        }

        public Element attribute(String key, String value, int valueLine) {
            return value == null ? this : attribute(key, string(valueLine, value));
        }

        DocNode node() {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("id", line, string(line, id)));
            add(fields, "name", name);
            fields.add(new Field("kind", line, string(line, kind)));
            add(fields, "owner", owner);
            add(fields, "operator", operator);
            add(fields, "country", country);
            add(fields, "site", site);
            List<DocNode> entries = new ArrayList<>();
            requires.forEach(target -> entries.add(string(line, target)));
            for (List<String> members : anyOf) {
                List<DocNode> ids = members.stream().map(member -> (DocNode) string(line, member)).toList();
                entries.add(new DocNode.MapNode(line, List.of(new Field("anyOf", line, new DocNode.ListNode(line, ids)))));
            }
            if (!entries.isEmpty()) {
                fields.add(new Field("requires", line, new DocNode.ListNode(line, entries)));
            }
            if (!attributes.isEmpty()) {
                fields.add(new Field("attributes", line, new DocNode.MapNode(line, attributes)));
            }
            return new DocNode.MapNode(line, fields);
        }

        private void add(List<Field> fields, String key, String value) {
            if (value != null) {
                fields.add(new Field(key, line, string(line, value)));
            }
        }
    }
}
