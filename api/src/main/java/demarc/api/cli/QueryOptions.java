package demarc.api.cli;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.output.OutputFormat;
import demarc.api.output.RecordRenderer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** How a query command prints its answer. */
public class QueryOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            converter = FormatConverter.class, completionCandidates = FormatWords.class,
            description = "table, json, csv or md (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--columns", paramLabel = "COLUMNS", split = ",",
            description = "Columns for table, csv and md, in order, or 'all'. table and md show the main "
                    + "columns by default, csv all of them; json always has every field.")
    List<String> columns;

    /**
     * Checks {@code --columns} against the components of {@code type}, before any work starts, so that a typo
     * costs no database start.
     */
    void check(Class<? extends Record> type) {
        if (columns == null || isAll()) {
            return;
        }
        List<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        for (String column : columns) {
            if (!known.contains(column)) {
                throw new BadInputException("unknown column '" + column + "' for --columns, expected 'all' or "
                        + "some of " + String.join(", ", known));
            }
        }
    }

    /** Prints {@code records} in the chosen format; a table shows {@code tableDefault} unless told otherwise. */
    <R extends Record> void print(PrintWriter out, ConfigurableApplicationContext context, Class<R> type,
                                  List<? extends R> records, List<String> tableDefault) {
        print(out, renderer(context), type, records, tableDefault);
    }

    /** The same, with a renderer of its own, for commands that answer without starting the application. */
    <R extends Record> void print(PrintWriter out, RecordRenderer renderer, Class<R> type,
                                  List<? extends R> records, List<String> tableDefault) {
        check(type);
        List<String> chosen = columns != null ? (isAll() ? null : columns)
                : format == OutputFormat.TABLE || format == OutputFormat.MD ? tableDefault : null;
        out.print(renderer.render(format, type, records, chosen));
        out.flush();
    }

    private boolean isAll() {
        return columns != null && columns.size() == 1 && "all".equals(columns.get(0));
    }

    /** A renderer whose JSON is the application's, so that CLI and REST print the same bodies. */
    static RecordRenderer renderer(ConfigurableApplicationContext context) {
        return new RecordRenderer(context.getBean(JsonMapper.class));
    }

    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.fromWire(value);
        }
    }

    static final class FormatWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OutputFormat.values()).map(OutputFormat::wire).iterator();
        }
    }
}
