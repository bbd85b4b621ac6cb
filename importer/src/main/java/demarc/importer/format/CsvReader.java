package demarc.importer.format;

import java.util.ArrayList;
import java.util.List;

import demarc.importer.format.CsvFormat.Cell;

/**
 * RFC 4180 CSV: comma-separated cells, double quotes around cells that hold commas, quotes or line breaks, a
 * doubled quote inside them; lines end in CRLF or LF. Every cell keeps the line it starts on.
 */
final class CsvReader {

    /** Cells in one file, far above any spreadsheet's, to bound memory on a hostile file. */
    static final int MAX_CELLS = 10_000_000;

    private CsvReader() {
    }

    static final class CsvSyntaxException extends Exception {
        final int line;

        CsvSyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The first {@code maxRows} rows of {@code text}. */
    static List<List<Cell>> read(String text, int maxRows) throws CsvSyntaxException {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int cellLine = 1;
        int cells = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && rows.size() < maxRows) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                if (!cell.toString().isBlank() || wasQuoted) {
                    throw new CsvSyntaxException(line, "CSV syntax: a quote inside an unquoted cell (quote the whole "
                            + "cell and double the quotes inside it)");
                }
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(new Cell(cell.toString(), cellLine));
                if (++cells > MAX_CELLS) {
                    throw new CsvSyntaxException(line, "the file has more than " + MAX_CELLS + " cells");
                }
                cell.setLength(0);
                wasQuoted = false;
                if (c != ',') {
                    rows.add(row);
                    row = new ArrayList<>();
                    line++;
                }
                cellLine = line;
            } else {
                if (wasQuoted && !Character.isWhitespace(c)) {
                    throw new CsvSyntaxException(line, "CSV syntax: text after the closing quote of a cell");
                }
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new CsvSyntaxException(cellLine, "CSV syntax: a quoted cell is never closed");
        }
        if (rows.size() < maxRows && (!row.isEmpty() || cell.length() > 0 || wasQuoted)) {
            row.add(new Cell(cell.toString(), cellLine));
            rows.add(row);
        }
        return rows;
    }
}
