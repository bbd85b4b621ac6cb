package demarc.importer.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Mutates a valid document with a seeded {@link Random}: the same seed gives the same mutant, so a failing case is
 * reproduced from its number. Byte-level edits (bit flips, truncation, bytes that are not UTF-8), line-level edits
 * (deleted, duplicated, swapped lines), hostile text (Cypher-like injections, markup, control characters, huge
 * strings) put into the quoted strings of any format, escaped for it, and for YAML and JSON structure edits on the
 * parsed tree (dropped keys, swapped types, duplicated list items and so ids, dangling references, deep nesting),
 * written back in the document's own syntax.
 */
final class Mutator {

    /** Text that must be stored as text or refused, never executed or interpreted. */
    static final List<String> HOSTILE = List.of(
            "'}) MATCH (n) DETACH DELETE n //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "x` DETACH DELETE n //",
            "') CALL db.clearQueryCaches() //",
            "x' OR 1=1 --",
            "$source",
            "{importedAt}",
            "${jndi:ldap://127.0.0.1:1/x}",
            "%s%n%x%p",
            "\u0000",
            "\u0007\u001b[31m",
            "\u202Eevil\u202C",
            "\u200B",
            "../../../../etc/passwd",
            "file:///etc/passwd",
            "<script>alert(1)</script>",
            "&xxe;",
            "*alias",
            "!!javax.script.ScriptEngineManager",
            "\uD83D\uDE00\u65E5\u672C",
            "\uFFFF\uFFFE",
            "a\r\nb",
            "#",
            ": x",
            "- - -",
            "",
            " ");

    /** What one case did, for the failure report. */
    record Mutant(byte[] content, List<String> steps) {
    }

    private enum Kind { FLIP, TRUNCATE, DELETE_LINES, DUPLICATE_LINES, SWAP_LINES, NOT_UTF8, HOSTILE_TEXT, HUGE_TEXT,
        DEEP_NESTING, XML_ENTITY, YAML_ALIAS_BOMB, TREE }

    private enum Syntax { YAML, JSON, XML, TURTLE, CSV }

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern XML_TEXT = Pattern.compile(">([^<>\\n]+)<");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Mutant mutate(Seeds.Seed seed) {
        byte[] content = seed.content();
        Syntax syntax = syntax(seed);
        List<String> steps = new ArrayList<>();
        int rounds = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int round = 0; round < rounds; round++) {
            Kind kind = pick(syntax);
            content = switch (kind) {
                case FLIP -> flip(content, steps);
                case TRUNCATE -> truncate(content, steps);
                case DELETE_LINES -> deleteLines(content, steps);
                case DUPLICATE_LINES -> duplicateLines(content, steps);
                case SWAP_LINES -> swapLines(content, steps);
                case NOT_UTF8 -> notUtf8(content, steps);
                case HOSTILE_TEXT -> intoString(content, syntax, HOSTILE.get(random.nextInt(HOSTILE.size())), steps);
                case HUGE_TEXT -> intoString(content, syntax, huge(), steps);
                case DEEP_NESTING -> deepNesting(content, syntax, steps);
                case XML_ENTITY -> xmlEntity(content, steps);
                case YAML_ALIAS_BOMB -> aliasBomb(content, steps);
                case TREE -> new TreeEdits(random, steps).apply(content, syntax == Syntax.JSON);
            };
        }
        return new Mutant(content, steps);
    }

    private static Syntax syntax(Seeds.Seed seed) {
        String name = seed.name();
        if (name.endsWith(".csv")) {
            return Syntax.CSV;
        }
        if (name.endsWith(".xml") || name.endsWith(".rdf")) {
            return Syntax.XML;
        }
        if (name.endsWith(".ttl")) {
            return Syntax.TURTLE;
        }
        return name.endsWith(".json") || name.endsWith(".jsonld") ? Syntax.JSON : Syntax.YAML;
    }

    /** Tree edits for YAML and JSON weigh most; every syntax gets the byte, line and text edits. */
    private Kind pick(Syntax syntax) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.FLIP, Kind.TRUNCATE, Kind.DELETE_LINES, Kind.DUPLICATE_LINES,
                Kind.SWAP_LINES, Kind.NOT_UTF8, Kind.HOSTILE_TEXT, Kind.HOSTILE_TEXT, Kind.HUGE_TEXT, Kind.DEEP_NESTING));
        if (syntax == Syntax.XML) {
            kinds.add(Kind.XML_ENTITY);
        }
        if (syntax == Syntax.YAML) {
            kinds.add(Kind.YAML_ALIAS_BOMB);
        }
        if (syntax == Syntax.YAML || syntax == Syntax.JSON) {
            kinds.addAll(List.of(Kind.TREE, Kind.TREE, Kind.TREE, Kind.TREE, Kind.TREE));
        }
        return kinds.get(random.nextInt(kinds.size()));
    }

    private byte[] flip(byte[] content, List<String> steps) {
        byte[] out = content.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        steps.add("flip " + flips + " bits");
        return out;
    }

    private byte[] truncate(byte[] content, List<String> steps) {
        int at = content.length == 0 ? 0 : random.nextInt(content.length);
        steps.add("truncate at byte " + at);
        return Arrays.copyOf(content, at);
    }

    private byte[] deleteLines(byte[] content, List<String> steps) {
        List<String> lines = lines(content);
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(3));
        lines.subList(from, to).clear();
        steps.add("delete lines " + (from + 1) + "-" + to);
        return join(lines);
    }

    private byte[] duplicateLines(byte[] content, List<String> steps) {
        List<String> lines = lines(content);
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(6));
        lines.addAll(to, new ArrayList<>(lines.subList(from, to)));
        steps.add("duplicate lines " + (from + 1) + "-" + to);
        return join(lines);
    }

    private byte[] swapLines(byte[] content, List<String> steps) {
        List<String> lines = lines(content);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        steps.add("swap lines " + (a + 1) + " and " + (b + 1));
        return join(lines);
    }

    /** Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong form, a surrogate, 0xFF. */
    private byte[] notUtf8(byte[] content, List<String> steps) {
        byte[][] sequences = {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xE3, (byte) 0x81}};
        byte[] bad = sequences[random.nextInt(sequences.length)];
        int at = random.nextInt(content.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(content, 0, at);
        out.write(bad, 0, bad.length);
        out.write(content, at, content.length - at);
        steps.add("insert " + bad.length + " byte(s) that are not UTF-8 at byte " + at);
        return out.toByteArray();
    }

    private String huge() {
        int[] sizes = {10_000, 300_000, 3_000_000};
        int size = sizes[random.nextInt(sizes.length)];
        return "H".repeat(size);
    }

    /** Puts {@code value} into a quoted string (or an XML text or a CSV cell), escaped for the syntax. */
    private byte[] intoString(byte[] content, Syntax syntax, String value, List<String> steps) {
        String text = Seeds.text(content);
        Pattern pattern = syntax == Syntax.XML ? XML_TEXT : QUOTED;
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        String escaped = switch (syntax) {
            case XML -> value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            case CSV -> value.replace("\"", "\"\"");
            default -> jsonEscaped(value);
        };
        String shown = value.length() > 40 ? value.length() + " characters" : "'" + value + "'";
        if (spans.isEmpty() || syntax == Syntax.YAML && random.nextBoolean()) {
            // no quoted string (or YAML, often unquoted): a new quoted value in place of a random line's end
            List<String> lines = lines(content);
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int colon = line.indexOf(": ");
            String replacement = syntax == Syntax.CSV ? line + ",\"" + escaped + "\""
                    : colon >= 0 ? line.substring(0, colon + 2) + "\"" + escaped + "\"" : line + "\"" + escaped + "\"";
            lines.set(at, replacement);
            steps.add("put " + shown + " on line " + (at + 1));
            return join(lines);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        boolean replace = random.nextBoolean();
        String mutated = text.substring(0, replace ? span[0] : span[1]) + escaped + text.substring(span[1]);
        steps.add((replace ? "replace" : "append to") + " the string at character " + span[0] + " with " + shown);
        return mutated.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] deepNesting(byte[] content, Syntax syntax, List<String> steps) {
        int depth = new int[] {45, 500, 20_000}[random.nextInt(3)];
        List<String> lines = lines(content);
        int at = random.nextInt(lines.size());
        String nested = switch (syntax) {
            case XML -> "<n>".repeat(depth) + "</n>".repeat(depth);
            case TURTLE -> "[] <urn:p> " + "[ <urn:p> ".repeat(depth) + "1" + " ]".repeat(depth) + " .";
            case CSV -> "\"" + "[".repeat(depth) + "\"";
            default -> "x: " + "[".repeat(depth) + "]".repeat(depth);
        };
        lines.add(at, nested);
        steps.add("insert " + depth + " levels of nesting before line " + (at + 1));
        return join(lines);
    }

    private byte[] xmlEntity(byte[] content, List<String> steps) {
        String text = Seeds.text(content);
        String doctype = random.nextBoolean()
                ? "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                : "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        int declarationEnd = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        Matcher matcher = XML_TEXT.matcher(text);
        String withEntity = matcher.find(declarationEnd)
                ? text.substring(0, matcher.start(1)) + (doctype.contains("xxe") ? "&xxe;" : "&d;") + text.substring(matcher.end(1))
                : text;
        steps.add("add a DOCTYPE with " + (doctype.contains("xxe") ? "an external entity" : "nested entities"));
        return (withEntity.substring(0, declarationEnd) + "\n" + doctype + withEntity.substring(declarationEnd))
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] aliasBomb(byte[] content, List<String> steps) {
        StringBuilder bomb = new StringBuilder("\nlol0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        steps.add("append a billion-laughs alias bomb");
        return (Seeds.text(content) + bomb).getBytes(StandardCharsets.UTF_8);
    }

    static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static List<String> lines(byte[] content) {
        return new ArrayList<>(Arrays.asList(Seeds.text(content).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Edits on the parsed YAML or JSON tree, written back in the same syntax. */
    private static final class TreeEdits {
        private final Random random;
        private final List<String> steps;

        TreeEdits(Random random, List<String> steps) {
            this.random = random;
            this.steps = steps;
        }

        byte[] apply(byte[] content, boolean json) {
            Object root;
            try {
                root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Seeds.text(content));
            } catch (RuntimeException e) {
                steps.add("tree edit skipped: an earlier edit broke the syntax");
                return content;
            }
            List<Object> containers = new ArrayList<>();
            collect(root, containers);
            if (containers.isEmpty()) {
                steps.add("tree edit skipped: no map or list");
                return content;
            }
            Object target = containers.get(random.nextInt(containers.size()));
            switch (random.nextInt(6)) {
                case 0 -> dropKey(target);
                case 1 -> swapType(target);
                case 2 -> duplicateItem(target);
                case 3 -> dangle(root, target);
                case 4 -> hostile(target);
                default -> nest(target);
            }
            String text = json ? Json.write(root) : yaml(root);
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @SuppressWarnings("unchecked")
        private void collect(Object node, List<Object> containers) {
            if (node instanceof Map<?, ?> map) {
                containers.add(map);
                ((Map<Object, Object>) map).values().forEach(value -> collect(value, containers));
            } else if (node instanceof List<?> list) {
                containers.add(list);
                list.forEach(value -> collect(value, containers));
            }
        }

        @SuppressWarnings("unchecked")
        private void dropKey(Object target) {
            if (target instanceof Map<?, ?> map && !map.isEmpty()) {
                Object key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
                ((Map<Object, Object>) map).remove(key);
                steps.add("drop key '" + key + "'");
            } else if (target instanceof List<?> list && !list.isEmpty()) {
                list.remove(random.nextInt(list.size()));
                steps.add("drop a list item");
            }
        }

        private static final List<Object> OTHER_TYPES = List.of(42, -1, 3.5, true, "text", List.of(), Map.of(),
                List.of("a", "b"), Map.of("k", "v"), "", "2026-13-45", 99999999999999999L);

        @SuppressWarnings("unchecked")
        private void swapType(Object target) {
            Object replacement = copy(OTHER_TYPES.get(random.nextInt(OTHER_TYPES.size())));
            if (target instanceof Map<?, ?> map && !map.isEmpty()) {
                Object key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
                ((Map<Object, Object>) map).put(key, replacement);
                steps.add("value of '" + key + "' becomes " + replacement);
            } else if (target instanceof List<?> list && !list.isEmpty()) {
                ((List<Object>) list).set(random.nextInt(list.size()), replacement);
                steps.add("a list item becomes " + replacement);
            }
        }

        @SuppressWarnings("unchecked")
        private void duplicateItem(Object target) {
            if (target instanceof List<?> list && !list.isEmpty()) {
                ((List<Object>) list).add(copy(list.get(random.nextInt(list.size()))));
                steps.add("duplicate a list item (and its id)");
            } else {
                dropKey(target);
            }
        }

        /** A value naming another entry (a string some map holds under "id") now names none. */
        @SuppressWarnings("unchecked")
        private void dangle(Object root, Object target) {
            List<String> ids = new ArrayList<>();
            collectIds(root, ids);
            if (target instanceof Map<?, ?> map && !map.isEmpty()) {
                Object key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
                ((Map<Object, Object>) map).put(key, "no-such-" + random.nextInt(1000));
                steps.add("value of '" + key + "' names nothing");
            } else if (target instanceof List<?> list) {
                ((List<Object>) list).add(ids.isEmpty() ? "no-such-entry" : "no-such-" + ids.get(random.nextInt(ids.size())));
                steps.add("a list gains a reference to nothing");
            }
        }

        @SuppressWarnings("unchecked")
        private void collectIds(Object node, List<String> ids) {
            if (node instanceof Map<?, ?> map) {
                if (map.get("id") instanceof String id) {
                    ids.add(id);
                }
                ((Map<Object, Object>) map).values().forEach(value -> collectIds(value, ids));
            } else if (node instanceof List<?> list) {
                list.forEach(value -> collectIds(value, ids));
            }
        }

        @SuppressWarnings("unchecked")
        private void hostile(Object target) {
            String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
            boolean asKey = random.nextInt(4) == 0;
            if (target instanceof Map<?, ?> map && !map.isEmpty()) {
                Object key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
                if (asKey) {
                    ((Map<Object, Object>) map).put(value, ((Map<Object, Object>) map).remove(key));
                    steps.add("key '" + key + "' renamed '" + value + "'");
                } else {
                    Object old = map.get(key);
                    ((Map<Object, Object>) map).put(key, old instanceof String s && random.nextBoolean() ? s + value : value);
                    steps.add("value of '" + key + "' gets '" + value + "'");
                }
            } else if (target instanceof List<?> list && !list.isEmpty()) {
                ((List<Object>) list).set(random.nextInt(list.size()), value);
                steps.add("a list item becomes '" + value + "'");
            }
        }

        @SuppressWarnings("unchecked")
        private void nest(Object target) {
            int depth = new int[] {10, 39, 41, 200}[random.nextInt(4)];
            Object nested = "deep";
            for (int i = 0; i < depth; i++) {
                nested = random.nextBoolean() ? new ArrayList<>(List.of(nested)) : new LinkedHashMap<>(Map.of("k", nested));
            }
            if (target instanceof Map<?, ?> map && !map.isEmpty()) {
                Object key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
                ((Map<Object, Object>) map).put(key, nested);
                steps.add("value of '" + key + "' becomes " + depth + " levels deep");
            } else if (target instanceof List<?> list) {
                ((List<Object>) list).add(nested);
                steps.add("a list gains an item " + depth + " levels deep");
            }
        }

        /** A deep copy, so that the written document has no shared nodes (SnakeYAML would write them as aliases). */
        @SuppressWarnings("unchecked")
        private static Object copy(Object node) {
            if (node instanceof Map<?, ?> map) {
                Map<Object, Object> copy = new LinkedHashMap<>();
                ((Map<Object, Object>) map).forEach((key, value) -> copy.put(key, copy(value)));
                return copy;
            }
            if (node instanceof List<?> list) {
                List<Object> copy = new ArrayList<>();
                list.forEach(value -> copy.add(copy(value)));
                return copy;
            }
            return node;
        }

        private static String yaml(Object root) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setAllowUnicode(true);
            options.setWidth(Integer.MAX_VALUE);
            return new Yaml(new Representer(options), options).dump(root);
        }
    }

    /** JSON text of a tree of maps, lists and scalars. */
    private static final class Json {
        static String write(Object node) {
            StringBuilder out = new StringBuilder();
            write(node, out, "");
            return out.append('\n').toString();
        }

        private static void write(Object node, StringBuilder out, String indent) {
            if (node instanceof Map<?, ?> map) {
                out.append("{");
                String inner = indent + "  ";
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(first ? "\n" : ",\n").append(inner).append('"')
                            .append(jsonEscaped(String.valueOf(entry.getKey()))).append("\": ");
                    write(entry.getValue(), out, inner);
                    first = false;
                }
                out.append(first ? "}" : "\n" + indent + "}");
            } else if (node instanceof List<?> list) {
                out.append("[");
                String inner = indent + "  ";
                boolean first = true;
                for (Object item : list) {
                    out.append(first ? "\n" : ",\n").append(inner);
                    write(item, out, inner);
                    first = false;
                }
                out.append(first ? "]" : "\n" + indent + "]");
            } else if (node == null || node instanceof Number || node instanceof Boolean) {
                out.append(node);
            } else {
                out.append('"').append(jsonEscaped(String.valueOf(node))).append('"');
            }
        }
    }
}
