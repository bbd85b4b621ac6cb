package demarc.queries.testgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.neo4j.driver.Driver;

/** Loads a Cypher fixture script (statements separated by a line ending in ';') in one write transaction. */
public final class Fixtures {

    private Fixtures() {
    }

    public static void load(Driver driver, String resource) {
        String script;
        try (InputStream in = Fixtures.class.getResourceAsStream("/demarc/queries/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> Arrays.stream(script.split(";\\s*\\n"))
                    .map(String::strip)
                    .filter(statement -> !statement.isEmpty() && !statement.lines().allMatch(l -> l.startsWith("//")))
                    .forEach(statement -> tx.run(statement).consume()));
        }
    }
}
