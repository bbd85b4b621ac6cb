package demarc.importer.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An inventory document (format version 1) after mapping: what it defines and what it refers to, each entry
 * with the path and line it came from. Fields the document does not state are {@code null}; list fields that
 * are not stated ({@code requires}, {@code manages}) are {@code null} too, and an empty list when stated empty.
 */
record Inventory(String file, String source, LocalDate asOf, List<Party> parties, List<Service> services,
                 List<Element> elements, List<Connection> connections, List<Access> access) {

    /** Where an entry or value was written. */
    record Origin(String path, int line) {
    }

    /** What a referenced id must be. */
    enum Target {
        PARTY("a party"),
        ELEMENT("a function or resource"),
        SITE("a resource of kind site");

        final String expected;

        Target(String expected) {
            this.expected = expected;
        }
    }

    /** A reference to another entry by id, e.g. {@code owner: kumo}. */
    record Ref(String id, Target target, Origin origin) {
    }

    /** One entry of a {@code requires} list: a single element, or the members of {@code {anyOf: [...]}}. */
    record Requirement(int slot, boolean anyOf, List<Ref> members) {
    }

    /** What the document calls each kind of entry, the graph label it becomes and the list it is written in. */
    enum EntryKind {
        PARTY("party", "Party", "parties"),
        SERVICE("service", "Service", "services"),
        FUNCTION("function", "Function", "functions"),
        RESOURCE("resource", "Resource", "resources"),
        CONNECTION("connection", "Connection", "connections");

        final String word;
        final String label;
        final String list;

        EntryKind(String word, String label, String list) {
            this.word = word;
            this.label = label;
            this.list = list;
        }

        boolean isElement() {
            return this == FUNCTION || this == RESOURCE;
        }
    }

    /** Anything with an id: a party, service, function, resource or connection. */
    interface Entry {
        Origin origin();

        String id();

        EntryKind entryKind();

        /** The node properties the document states, by graph property name, without {@code id}. */
        Map<String, Object> properties();
    }

    record Party(Origin origin, String id, String name, String country, String type, String category,
                 List<String> designations, Long users) implements Entry {
        @Override
        public EntryKind entryKind() {
            return EntryKind.PARTY;
        }

        @Override
        public Map<String, Object> properties() {
            return stated("name", name, "country", country, "type", type, "category", category,
                    "designations", designations, "users", users);
        }
    }

    record Service(Origin origin, String id, String name, Ref provider, String serviceClass, Long users,
                   Boolean paid, Boolean emergencyCalls, Boolean mobileVoiceNumbers, Long prefectures,
                   List<Requirement> requires) implements Entry {
        @Override
        public EntryKind entryKind() {
            return EntryKind.SERVICE;
        }

        @Override
        public Map<String, Object> properties() {
            return stated("name", name, "class", serviceClass, "users", users, "paid", paid,
                    "emergencyCalls", emergencyCalls, "mobileVoiceNumbers", mobileVoiceNumbers,
                    "prefectures", prefectures);
        }
    }

    /** A function ({@code entryKind} FUNCTION) or a resource (RESOURCE). */
    record Element(Origin origin, EntryKind entryKind, String id, String name, String kind, List<String> roles,
                   Ref owner, Ref operator, String country, String prefecture, Ref site,
                   List<Requirement> requires, List<Ref> manages, Boolean holdsUserInfo, String attributes)
            implements Entry {
        @Override
        public Map<String, Object> properties() {
            return stated("name", name, "kind", kind, "roles", roles, "country", country, "prefecture", prefecture,
                    "holdsUserInfo", holdsUserInfo, "attributes", attributes);
        }
    }

    record Connection(Origin origin, String id, String kind, List<Ref> between, String point, String functionCheck)
            implements Entry {
        @Override
        public EntryKind entryKind() {
            return EntryKind.CONNECTION;
        }

        @Override
        public Map<String, Object> properties() {
            return stated("kind", kind, "point", point, "functionCheck", functionCheck);
        }
    }

    record Access(Origin origin, Ref party, List<Ref> to, String kind, String country) {
    }

    /** Every entry that defines an id, in document order. */
    List<Entry> entries() {
        return Stream.of(parties, services, elements, connections).<Entry>flatMap(List::stream).toList();
    }

    /** Every reference the document makes, in document order. */
    List<Ref> references() {
        List<Ref> refs = new ArrayList<>();
        for (Service service : services) {
            add(refs, service.provider());
            requirementRefs(refs, service.requires());
        }
        for (Element element : elements) {
            add(refs, element.owner());
            add(refs, element.operator());
            add(refs, element.site());
            requirementRefs(refs, element.requires());
            if (element.manages() != null) {
                refs.addAll(element.manages());
            }
        }
        for (Connection connection : connections) {
            refs.addAll(connection.between());
        }
        for (Access entry : access) {
            add(refs, entry.party());
            refs.addAll(entry.to());
        }
        return refs;
    }

    private static void requirementRefs(List<Ref> refs, List<Requirement> requires) {
        if (requires != null) {
            requires.forEach(requirement -> refs.addAll(requirement.members()));
        }
    }

    private static void add(List<Ref> refs, Ref ref) {
        if (ref != null) {
            refs.add(ref);
        }
    }

    /** The non-null values of alternating name/value pairs, in order. */
    private static Map<String, Object> stated(Object... namesAndValues) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return properties;
    }
}
