package demarc.importer.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads Cypher kept in {@code .cypher} resources beside the class that runs it (same package path).
 * Header lines starting with {@code //} are comments, which Cypher accepts as they are.
 */
public final class CypherResource {

    private CypherResource() {
    }

    /** The whole text of {@code name}, a resource in the package of {@code owner}. */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing Cypher resource " + owner.getPackageName() + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of {@code name}, split on {@code ;}, without comment lines and blank statements. */
    public static List<String> statements(Class<?> owner, String name) {
        String withoutComments = load(owner, name).lines()
                .filter(line -> !line.stripLeading().startsWith("//"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
