package demarc.api.cli;

/** The user asked for something that cannot be: an unknown id, a missing file, a column that does not exist. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
