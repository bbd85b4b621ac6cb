package demarc.api.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.yaml.snakeyaml.Yaml;

import demarc.api.generate.NetworkGenerator;
import demarc.importer.cypher.CypherResource;

/**
 * The baseline loader of the benchmark: what a plain loader of the same documents writes, one
 * {@code UNWIND $rows MERGE} statement per label and relationship type, 10,000 rows a managed transaction, each
 * document's nodes before its relationships (a document refers only to nodes of itself and of earlier documents).
 * It keeps no provenance, validates nothing and replaces nothing: a lower bound on work, not a loader. It reads
 * the documents as it loads them, as demarc's import does, and holds one document's rows at a time: at a million
 * elements the rows of every document would not fit the benchmark's heap beside the stores.
 */
final class BaselineLoader {

    static final int BATCH = 10_000;

    private static final String[] NODE_STATEMENTS = {"party", "service", "function", "resource", "connection"};
    private static final String[] RELATIONSHIP_STATEMENTS = {"provided-by", "service-requires", "owned-by",
            "operated-by", "at-site", "element-requires", "manages", "between", "has-access"};

    private final List<NetworkGenerator.Document> documents;
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    BaselineLoader(List<NetworkGenerator.Document> documents) {
        this.documents = documents;
    }

    void load(Driver driver) {
        try (var session = driver.session()) {
            for (String statement : CypherResource.statements(BaselineLoader.class, "baseline-schema.cypher")) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            Yaml yaml = new Yaml();
            for (NetworkGenerator.Document document : documents) {
                read(yaml.load(document.text()));
                rows.forEach((name, all) -> {
                    String query = CypherResource.load(BaselineLoader.class, "baseline-" + name + ".cypher");
                    for (int start = 0; start < all.size(); start += BATCH) {
                        List<Map<String, Object>> batch = all.subList(start, Math.min(all.size(), start + BATCH));
                        session.executeWriteWithoutResult(tx -> tx.run(query, Map.of("rows", batch)).consume());
                    }
                });
            }
        }
    }

    /** One document's rows, by statement in the order they run: nodes first. */
    private void read(Map<String, Object> tree) {
        rows.clear();
        for (String name : NODE_STATEMENTS) {
            rows.put(name, new ArrayList<>());
        }
        for (String name : RELATIONSHIP_STATEMENTS) {
            rows.put(name, new ArrayList<>());
        }
        entries(tree, "parties").forEach(party -> node("party", party));
        entries(tree, "services").forEach(service -> {
            node("service", service);
            link("provided-by", service.get("id"), service.get("provider"), Map.of());
            requires("service-requires", service);
        });
        entries(tree, "functions").forEach(function -> element("function", function));
        entries(tree, "resources").forEach(resource -> element("resource", resource));
        entries(tree, "connections").forEach(connection -> {
            node("connection", connection);
            List<?> between = (List<?>) connection.get("between");
            for (int end = 0; end < between.size(); end++) {
                link("between", connection.get("id"), between.get(end), Map.of("end", end));
            }
        });
        entries(tree, "access").forEach(access -> ((List<?>) access.get("to")).forEach(to -> link(
                "has-access", access.get("party"), to, Map.of("kind", access.get("kind"),
                        "country", access.get("country")))));
    }

    private void element(String label, Map<String, Object> element) {
        node(label, element);
        Object id = element.get("id");
        link("owned-by", id, element.get("owner"), Map.of());
        if (element.get("operator") != null) {
            link("operated-by", id, element.get("operator"), Map.of());
        }
        if (element.get("site") != null) {
            link("at-site", id, element.get("site"), Map.of());
        }
        requires("element-requires", element);
        if (element.get("manages") instanceof List<?> manages) {
            manages.forEach(target -> link("manages", id, target, Map.of()));
        }
    }

    private void requires(String name, Map<String, Object> entry) {
        if (!(entry.get("requires") instanceof List<?> requires)) {
            return;
        }
        for (int slot = 0; slot < requires.size(); slot++) {
            if (requires.get(slot) instanceof Map<?, ?> anyOf) {
                for (Object member : (List<?>) anyOf.get("anyOf")) {
                    link(name, entry.get("id"), member, Map.of("slot", slot, "anyOf", true));
                }
            } else {
                link(name, entry.get("id"), requires.get(slot), Map.of("slot", slot, "anyOf", false));
            }
        }
    }

    /** A node row: its scalar and list fields as properties; nested maps and references stay out. */
    private void node(String name, Map<String, Object> entry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        entry.forEach((key, value) -> {
            if (!(value instanceof Map) && !key.equals("requires") && !key.equals("manages")
                    && !key.equals("between") && !key.equals("owner") && !key.equals("operator")
                    && !key.equals("site") && !key.equals("provider")) {
                properties.put(key, value);
            }
        });
        rows.get(name).add(Map.of("id", entry.get("id"), "properties", properties));
    }

    private void link(String name, Object from, Object to, Map<String, Object> properties) {
        Map<String, Object> clean = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value != null) {
                clean.put(key, value);
            }
        });
        rows.get(name).add(Map.of("from", from, "to", to, "properties", clean));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> tree, String list) {
        Object entries = tree.get(list);
        return entries == null ? List.of() : (List<Map<String, Object>>) entries;
    }
}
