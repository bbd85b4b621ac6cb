package demarc.importer.translated;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import demarc.importer.document.DocNode;
import demarc.importer.format.InputFile;
import demarc.importer.format.Translation;

/** Test helpers: a translated tree as plain maps, lists and strings, and lookups by section and id. */
public final class TranslatedTrees {

    private TranslatedTrees() {
    }

    public static InputFile file(String name, String json) {
        return new InputFile(name, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Scalars become their text, so {@code inventory: 1} is {@code "1"}. */
    public static Object plain(DocNode node) {
        if (node instanceof DocNode.MapNode map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.fields().forEach(field -> plain.put(field.key(), plain(field.value())));
            return plain;
        }
        if (node instanceof DocNode.ListNode list) {
            List<Object> plain = new ArrayList<>();
            list.items().forEach(item -> plain.add(plain(item)));
            return plain;
        }
        return ((DocNode.ScalarNode) node).text();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> document(Translation translation) {
        return (Map<String, Object>) plain(translation.inventory());
    }

    /** The entry of {@code section} (parties, functions, resources) with this id; fails when there is none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> entry(Translation translation, String section, String id) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) document(translation).getOrDefault(section, List.of());
        return entries.stream().filter(entry -> id.equals(entry.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + section + " entry '" + id + "' in " + document(translation)));
    }

    @SuppressWarnings("unchecked")
    public static List<String> ids(Translation translation, String section) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) document(translation).getOrDefault(section, List.of());
        return entries.stream().map(entry -> (String) entry.get("id")).toList();
    }

    /** The coverage lines as "OUTCOME line path: detail", for readable assertions. */
    public static List<String> coverage(Translation translation) {
        return translation.coverage().stream()
                .map(c -> c.outcome() + " " + c.line() + " " + c.path() + ": " + c.detail()).toList();
    }
}
