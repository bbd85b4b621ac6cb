package demarc.api.access;

/** The API was asked to listen beyond localhost while no active API key exists: it refuses to start. */
public class UnprotectedBindException extends IllegalStateException {

    public UnprotectedBindException(String message) {
        super(message);
    }
}
