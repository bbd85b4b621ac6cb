package demarc.api.output;

import java.util.List;

import tools.jackson.databind.ObjectMapper;

/**
 * Prints lists of records in any {@link OutputFormat}: one implementation for every record type, reading the
 * columns from the record components. JSON goes through the application's own mapper, so the CLI prints
 * exactly what the REST API returns.
 */
public final class RecordRenderer {

    private final ObjectMapper json;

    public RecordRenderer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The records in {@code format}. {@code columns} picks and orders the columns of table, CSV and Markdown
     * output ({@code null} for all of them); JSON always carries every field.
     */
    public <R extends Record> String render(OutputFormat format, Class<R> type, List<? extends R> records,
                                            List<String> columns) {
        if (format == OutputFormat.JSON) {
            return json(records);
        }
        TextTable table = TextTable.of(type, records);
        return text(format, columns == null ? table : table.select(columns));
    }

    /** A table already built, in a text format. */
    public String text(OutputFormat format, TextTable table) {
        return switch (format) {
            case TABLE -> table.toAligned();
            case CSV -> table.toCsv();
            case MD -> table.toMarkdown();
            case JSON -> throw new IllegalArgumentException("a text table has no JSON form; render the records");
        };
    }

    /** Any value as indented JSON, ending with a line break. */
    public String json(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value) + System.lineSeparator();
    }
}
