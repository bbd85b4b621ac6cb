package demarc.queries.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The regimes of the rulebook. {@link #bundled()} reads every {@code *.yaml} file under
 * {@code demarc/queries/rulebook/} on the class path, so adding a regime is adding a file.
 */
public final class Regimes {

    static final String FOLDER = "demarc/queries/rulebook/";

    private final Map<String, Regime> byId;
    private final String defaultId;

    private Regimes(List<Regime> regimes) {
        Map<String, Regime> map = new LinkedHashMap<>();
        for (Regime regime : regimes) {
            if (map.put(regime.id(), regime) != null) {
                throw new RulebookException("two rulebook files define the regime '" + regime.id() + "'");
            }
        }
        List<String> defaults = regimes.stream().filter(Regime::isDefault).map(Regime::id).toList();
        if (defaults.size() != 1) {
            throw new RulebookException("exactly one regime must have 'default: true', found " + defaults);
        }
        this.byId = Collections.unmodifiableMap(map);
        this.defaultId = defaults.get(0);
    }

    /** The regimes shipped on the class path, read and checked. */
    public static Regimes bundled() {
        ClassLoader loader = Regimes.class.getClassLoader();
        TreeSet<String> files = new TreeSet<>();
        try {
            Enumeration<URL> folders = loader.getResources(FOLDER);
            while (folders.hasMoreElements()) {
                files.addAll(yamlFilesIn(folders.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rulebook folder " + FOLDER, e);
        }
        if (files.isEmpty()) {
            throw new RulebookException("no rulebook files under " + FOLDER + " on the class path");
        }
        List<Regime> regimes = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new RulebookException(FOLDER + file + ": listed but cannot be opened");
                }
                regimes.add(RegimeReader.read(FOLDER + file,
                        new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FOLDER + file, e);
            }
        }
        return new Regimes(regimes);
    }

    /** The regime with this id. */
    public Regime get(String id) {
        Regime regime = byId.get(id);
        if (regime == null) {
            throw new UnknownRegimeException(id, byId.keySet());
        }
        return regime;
    }

    /** The regime with this id, or the default regime when {@code idOrNull} is {@code null}. */
    public Regime getOrDefault(String idOrNull) {
        return get(idOrNull == null ? defaultId : idOrNull);
    }

    public String defaultId() {
        return defaultId;
    }

    /** Every regime, sorted by id. */
    public List<Regime> all() {
        return byId.values().stream().sorted(Comparator.comparing(Regime::id)).toList();
    }

    /** File names ending in {@code .yaml} directly in the folder a class-path URL points to. */
    private static List<String> yamlFilesIn(URL folder) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException("bad rulebook folder URL " + folder, e);
            }
        } else if (folder.openConnection() instanceof JarURLConnection connection) {
            // Works for plain jars and for Spring Boot's nested jars, whose handler also yields a JarURLConnection.
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = connection.getEntryName();
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(prefix) && name.endsWith(".yaml")
                            && name.indexOf('/', prefix.length()) < 0) {
                        names.add(name.substring(prefix.length()));
                    }
                }
            }
        } else {
            throw new RulebookException("cannot list rulebook files at " + folder);
        }
        return names;
    }
}
