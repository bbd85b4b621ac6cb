package demarc.importer.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.TreePaths;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;

/**
 * One CSV file per section of the inventory format, for spreadsheets (docs/formats.md, "CSV"). The section
 * comes from the file name ({@code parties.csv}, {@code site-a-functions.csv}), or else from a header only one
 * section has. Each file is a document of its own whose source is the file name; a directory of them imports
 * as one unit, so references resolve across the files. List cells are {@code ;}-separated, an {@code anyOf}
 * entry of requires is written {@code a|b}, an empty cell states nothing, and {@code attributes.KEY} columns
 * fill an element's attributes. Errors name the file, the line and the column.
 */
public final class CsvFormat implements InventoryFormat {

    public static final String ID = "csv";

    private static final List<String> ELEMENT_COLUMNS = List.of("id", "name", "kind", "roles", "owner", "operator",
            "country", "prefecture", "site", "requires", "manages", "holdsUserInfo");
    /** The columns of each section, in the order docs/formats.md lists them. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "parties", List.of("id", "name", "country", "type", "category", "designations", "users"),
            "services", List.of("id", "name", "provider", "class", "users", "paid", "emergencyCalls",
                    "mobileVoiceNumbers", "prefectures", "requires"),
            "functions", ELEMENT_COLUMNS,
            "resources", ELEMENT_COLUMNS,
            "connections", List.of("id", "kind", "between", "point", "functionCheck"),
            "access", List.of("party", "to", "kind", "country"));
    private static final List<String> SECTION_ORDER =
            List.of("parties", "services", "functions", "resources", "connections", "access");
    private static final List<String> LISTS =
            List.of("designations", "roles", "requires", "manages", "between", "to");
    private static final List<String> FLAGS =
            List.of("paid", "emergencyCalls", "mobileVoiceNumbers", "holdsUserInfo");
    private static final List<String> COUNTS = List.of("users", "prefectures");
    private static final Map<String, String> NESTED = Map.of("category", "carrier", "designations", "carrier",
            "point", "demarcation", "functionCheck", "demarcation");
    private static final String ATTRIBUTE_PREFIX = "attributes.";
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern ERROR_PATH =
            Pattern.compile("^[a-z]+\\[\\d+\\](?:\\.(carrier|demarcation|attributes))?(?:\\.([A-Za-z]+))?(?:\\[(\\d+)\\])?.*$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CSV, one file per inventory section (parties.csv, services.csv, functions.csv, resources.csv, "
                + "connections.csv, access.csv)";
    }

    @Override
    public boolean recognizes(InputFile file) {
        if (!file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        List<List<Cell>> rows;
        try {
            rows = CsvReader.read(file.text(), 1);
        } catch (CsvReader.CsvSyntaxException e) {
            return false;
        }
        return !rows.isEmpty() && section(file.name(), header(rows.get(0))).isPresent();
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        List<List<Cell>> rows;
        try {
            rows = CsvReader.read(file.text(), Integer.MAX_VALUE);
        } catch (CsvReader.CsvSyntaxException e) {
            throw new TranslationException(List.of(new DocumentProblem(e.line, TreePaths.ROOT, e.getMessage())));
        }
        if (rows.isEmpty()) {
            throw new TranslationException(List.of(new DocumentProblem(1, TreePaths.ROOT,
                    "the file is empty: expected a header row")));
        }
        List<String> header = header(rows.get(0));
        Optional<String> found = section(file.name(), header);
        if (found.isEmpty()) {
            throw new TranslationException(List.of(new DocumentProblem(1, TreePaths.ROOT, "cannot tell which section "
                    + "this is: name the file after it (" + String.join(".csv, ", SECTION_ORDER) + ".csv)")));
        }
        String section = found.get();
        List<DocumentProblem> problems = new ArrayList<>(headerProblems(section, header));
        List<DocNode> items = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            int line = row.isEmpty() ? 0 : row.get(0).line();
            if (row.stream().allMatch(cell -> cell.text().isBlank())) {
                coverage.add(new Coverage(line, "row " + (r + 1), Outcome.SKIPPED, "empty row"));
                continue;
            }
            if (row.size() > header.size()) {
                problems.add(new DocumentProblem(line, "row " + (r + 1), "the row has " + row.size()
                        + " cells, the header " + header.size()));
                continue;
            }
            MapNode item = item(section, header, row, line);
            coverage.add(new Coverage(line, TreePaths.index(section, items.size()), Outcome.MAPPED,
                    section + " " + Trees.scalar(item, section.equals("access") ? "party" : "id")
                            .map(id -> "'" + id + "'").orElse("(no id)")));
            items.add(item);
        }
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        List<Field> document = List.of(
                new Field("inventory", 1, new ScalarNode(1, ScalarKind.INTEGER, "1")),
                new Field("source", 1, Trees.text(1, file.name())),
                new Field(section, 1, new ListNode(1, items)));
        return new Translation(file.name(), ID, new MapNode(1, document), coverage);
    }

    /** {@code functions[3].requires[1]} becomes {@code column 'requires', item 2}. */
    @Override
    public String sourcePath(String path) {
        Matcher matcher = ERROR_PATH.matcher(path);
        if (!matcher.matches() || matcher.group(2) == null) {
            return path.matches("^[a-z]+\\[\\d+\\]$") ? "row" : path;
        }
        String column = matcher.group(1) != null && matcher.group(1).equals("attributes")
                ? ATTRIBUTE_PREFIX + matcher.group(2) : matcher.group(2);
        return "column '" + column + "'" + (matcher.group(3) != null
                ? ", item " + (Integer.parseInt(matcher.group(3)) + 1) : "");
    }

    private static List<String> header(List<Cell> row) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).text().strip();
            header.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name);
        }
        return header;
    }

    /** The section the file name says, or else the one section whose columns the header has. */
    static Optional<String> section(String fileName, List<String> header) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        base = base.substring(base.lastIndexOf('!') + 1);
        for (String section : SECTION_ORDER) {
            String file = section + ".csv";
            if (base.equals(file) || base.endsWith("-" + file) || base.endsWith("_" + file)) {
                return Optional.of(section);
            }
        }
        List<String> fitting = new ArrayList<>();
        for (String section : SECTION_ORDER) {
            List<String> columns = COLUMNS.get(section);
            boolean keyed = header.contains(section.equals("access") ? "party" : "id");
            if (keyed && header.stream().allMatch(column -> columns.contains(column)
                    || column.startsWith(ATTRIBUTE_PREFIX) && columns == ELEMENT_COLUMNS)) {
                fitting.add(section);
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    private static List<DocumentProblem> headerProblems(String section, List<String> header) {
        List<DocumentProblem> problems = new ArrayList<>();
        List<String> columns = COLUMNS.get(section);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            boolean attribute = column.startsWith(ATTRIBUTE_PREFIX) && column.length() > ATTRIBUTE_PREFIX.length()
                    && columns == ELEMENT_COLUMNS;
            if (!columns.contains(column) && !attribute) {
                problems.add(new DocumentProblem(1, "column " + (i + 1), "unknown column '" + column + "' in "
                        + section + ".csv (allowed: " + String.join(", ", columns)
                        + (columns == ELEMENT_COLUMNS ? ", attributes.KEY" : "") + ")"));
            }
            Integer first = seen.putIfAbsent(column, i + 1);
            if (first != null) {
                problems.add(new DocumentProblem(1, "column " + (i + 1), "column '" + column
                        + "' appears twice (first as column " + first + ")"));
            }
        }
        return problems;
    }

    /** A data row as an inventory entry: one field per non-empty cell, nested and typed as the format wants. */
    private static MapNode item(String section, List<String> header, List<Cell> row, int line) {
        List<Field> fields = new ArrayList<>();
        Map<String, List<Field>> nested = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String column = header.get(i);
            Cell cell = row.get(i);
            String text = cell.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            DocNode value = value(column, text, cell.line());
            if (column.startsWith(ATTRIBUTE_PREFIX)) {
                nested.computeIfAbsent("attributes", key -> new ArrayList<>())
                        .add(new Field(column.substring(ATTRIBUTE_PREFIX.length()), cell.line(), value));
            } else if (NESTED.containsKey(column) || column.equals("users") && section.equals("parties")) {
                // a party's users are in its carrier block; a service's are its own field
                nested.computeIfAbsent(NESTED.getOrDefault(column, "carrier"), key -> new ArrayList<>())
                        .add(new Field(column, cell.line(), value));
            } else {
                fields.add(new Field(column, cell.line(), value));
            }
        }
        nested.forEach((key, nestedFields) -> fields.add(new Field(key, line, new MapNode(line, nestedFields))));
        return new MapNode(line, fields);
    }

    private static DocNode value(String column, String text, int line) {
        if (LISTS.contains(column)) {
            List<DocNode> items = new ArrayList<>();
            for (String part : text.split(";", -1)) {
                String item = part.strip();
                if (column.equals("requires") && item.contains("|")) {
                    List<DocNode> members = new ArrayList<>();
                    for (String member : item.split("\\|", -1)) {
                        members.add(Trees.text(line, member.strip()));
                    }
                    items.add(new MapNode(line, List.of(new Field("anyOf", line, new ListNode(line, members)))));
                } else {
                    items.add(Trees.text(line, item));
                }
            }
            return new ListNode(line, items);
        }
        if (FLAGS.contains(column) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return new ScalarNode(line, ScalarKind.BOOLEAN, text.toLowerCase(Locale.ROOT));
        }
        if (COUNTS.contains(column) && INTEGER.matcher(text).matches()) {
            return new ScalarNode(line, ScalarKind.INTEGER, text);
        }
        return Trees.text(line, text);
    }

    /** One cell as read, with the line it starts on. */
    record Cell(String text, int line) {
    }
}
