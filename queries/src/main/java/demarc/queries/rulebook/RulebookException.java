package demarc.queries.rulebook;

/** A rulebook file that cannot be read or breaks the rulebook's shape; the message names the file and key. */
public class RulebookException extends RuntimeException {

    public RulebookException(String message) {
        super(message);
    }

    public RulebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
