package demarc.queries.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads a {@code .cypher} file that lives beside the class that runs it. */
public final class CypherResource {

    private CypherResource() {
    }

    /** The text of {@code name} in {@code owner}'s package, e.g. {@code load(DutyQuery.class, "duties.cypher")}. */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing Cypher resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Cypher resource " + name, e);
        }
    }
}
