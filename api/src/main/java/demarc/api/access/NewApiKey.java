package demarc.api.access;

/** A key just created: {@code secret} is shown once to whoever created it and kept nowhere. */
public record NewApiKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        return "NewApiKey[" + key.name() + ", " + key.role() + "]";
    }
}
