package demarc.api.output;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of records as text cells: one column per record component, named like the component (and so like the
 * JSON field). The same table prints as aligned text, CSV or Markdown.
 *
 * @param columns the column names
 * @param numeric per column, whether it holds numbers (aligned right)
 * @param rows    the cells, one list per record, as wide as {@code columns}
 */
public record TextTable(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {

    private static final String CRLF = "\r\n";

    public TextTable {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
        if (numeric.size() != columns.size()) {
            throw new IllegalArgumentException("numeric flags must match columns");
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " does not have " + columns.size() + " cells");
            }
        }
    }

    /** The table of {@code records}; {@code type} names the columns even when there are no records. */
    public static <R extends Record> TextTable of(Class<R> type, List<? extends R> records) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> columns = Arrays.stream(components).map(RecordComponent::getName).toList();
        List<Boolean> numeric = Arrays.stream(components).map(CellText::isNumeric).toList();
        List<List<String>> rows = new ArrayList<>();
        for (R record : records) {
            List<String> row = new ArrayList<>();
            for (RecordComponent component : components) {
                row.add(CellText.of(Records.value(record, component)));
            }
            rows.add(row);
        }
        return new TextTable(columns, numeric, rows);
    }

    /** The same rows with only {@code wanted}, in that order. */
    public TextTable select(List<String> wanted) {
        int[] indexes = new int[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            indexes[i] = columns.indexOf(wanted.get(i));
            if (indexes[i] < 0) {
                throw new IllegalArgumentException("unknown column '" + wanted.get(i) + "', expected some of "
                        + String.join(", ", columns));
            }
        }
        List<Boolean> flags = Arrays.stream(indexes).mapToObj(numeric::get).toList();
        List<List<String>> selected = rows.stream()
                .map(row -> Arrays.stream(indexes).mapToObj(row::get).toList())
                .toList();
        return new TextTable(wanted, flags, selected);
    }

    /**
     * Aligned columns separated by two spaces, a rule under the header, {@code -} for an empty cell. Cells never
     * wrap: line breaks inside a cell become spaces. Widths count East Asian wide characters as two columns.
     */
    public String toAligned() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        for (List<String> row : rows) {
            cells.add(row.stream().map(c -> c.isEmpty() ? "-" : oneLine(c)).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        appendAligned(out, columns, widths);
        appendAligned(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        for (List<String> row : cells.subList(1, cells.size())) {
            appendAligned(out, row, widths);
        }
        return out.toString();
    }

    private void appendAligned(StringBuilder out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            String padding = " ".repeat(widths[i] - DisplayWidth.of(cell));
            if (i > 0) {
                line.append("  ");
            }
            line.append(numeric.get(i) ? padding + cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        out.append(csvLine(columns)).append(CRLF);
        for (List<String> row : rows) {
            out.append(csvLine(row)).append(CRLF);
        }
        return out.toString();
    }

    private static String csvLine(List<String> fields) {
        return fields.stream().map(TextTable::csvField).collect(Collectors.joining(","));
    }

    private static String csvField(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** A GitHub-flavoured Markdown table; {@code |} is escaped and line breaks become {@code <br>}. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(markdownLine(columns));
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            rule.add(numeric.get(i) ? "---:" : "---");
        }
        out.append(markdownLine(rule));
        for (List<String> row : rows) {
            out.append(markdownLine(row.stream().map(TextTable::markdownCell).toList()));
        }
        return out.toString();
    }

    private static String markdownLine(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String markdownCell(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|")
                .replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }

    private static String oneLine(String cell) {
        return cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
