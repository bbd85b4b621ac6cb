package demarc.importer.inventory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reason an inventory document was rejected: the file, the 1-based line, the path of the value
 * ({@code functions[3].requires[1]}, {@code $} for the whole document) and what was expected.
 * A path or message that quotes a huge value from the document is shortened (a word over {@value #LONGEST_WORD}
 * characters keeps its start and says how long it was; a text over {@value #LONGEST_TEXT} keeps its start and
 * end), so that a hostile file cannot flood a terminal, a log or a REST response through its errors.
 */
public record InventoryError(String file, int line, String path, String message) {

    /** Longest run of non-blank characters kept whole in a path or message. */
    public static final int LONGEST_WORD = 120;
    /** Longest path or message kept whole. */
    public static final int LONGEST_TEXT = 1_000;

    private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (LONGEST_WORD + 1) + ",}");

    public InventoryError {
        path = shortened(path);
        message = shortened(message);
    }

    /** {@code file:line: path: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + path + ": " + message;
    }

    private static String shortened(String text) {
        if (text == null || text.length() <= LONGEST_WORD) {
            return text;
        }
        Matcher matcher = LONG_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(word.substring(0, LONGEST_WORD / 2)
                    + "…(" + word.length() + " characters)"));
        }
        matcher.appendTail(out);
        if (out.length() <= LONGEST_TEXT) {
            return out.toString();
        }
        int tail = LONGEST_TEXT / 5;
        int head = LONGEST_TEXT - tail;
        return out.substring(0, head) + " …(" + (out.length() - head - tail) + " characters cut)… "
                + out.substring(out.length() - tail);
    }
}
