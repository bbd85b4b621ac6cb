package demarc.importer.nfv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.format.Translation;

/** Reads a translated inventory tree back for assertions: entries by id, fields as text, requires as lists. */
public record TranslatedInventory(Translation translation) {

    public List<String> ids(String section) {
        return entries(section).stream().map(entry -> Trees.text(entry, "id")).toList();
    }

    public MapNode entry(String section, String id) {
        return entries(section).stream().filter(entry -> id.equals(Trees.text(entry, "id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + section + " entry " + id + " in " + ids(section)));
    }

    public String field(String section, String id, String key) {
        return Trees.text(entry(section, id), key);
    }

    /** {@code requires} as written: a string per id, a list per {@code anyOf}. */
    public List<Object> requires(String section, String id) {
        List<Object> requires = new ArrayList<>();
        for (DocNode item : Trees.items(entry(section, id), "requires")) {
            String plain = Trees.scalar(item);
            requires.add(plain != null ? plain
                    : Trees.items(item, "anyOf").stream().map(Trees::scalar).toList());
        }
        return requires;
    }

    /** The attributes, a list attribute joined with " | ". */
    public Map<String, String> attributes(String section, String id) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Trees.map(entry(section, id), "attributes").ifPresent(map -> map.fields().forEach(f -> attributes.put(f.key(),
                f.value() instanceof ListNode list
                        ? list.items().stream().map(Trees::scalar).collect(Collectors.joining(" | "))
                        : Trees.scalar(f.value()))));
        return attributes;
    }

    public List<String> coverage(Translation.Outcome outcome) {
        return translation.coverage().stream().filter(c -> c.outcome() == outcome)
                .map(c -> c.line() + " " + c.path() + ": " + c.detail()).toList();
    }

    private List<MapNode> entries(String section) {
        return Trees.items(translation.inventory(), section).stream().map(MapNode.class::cast).toList();
    }
}
