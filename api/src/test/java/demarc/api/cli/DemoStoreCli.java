package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The CLI run in-process on one embedded store that holds the demo network, shared by the tests of a class: the
 * application starts once (on the first command) and stays up for the following commands, as one user's session would.
 */
final class DemoStoreCli implements AutoCloseable {

    /** A command's exit code and what it wrote to stdout and stderr. */
    record Result(int code, String out, String err) {
    }

    private final SharedContextLauncher launcher = new SharedContextLauncher();
    private final List<String> storeOptions;

    private DemoStoreCli(Path store) {
        storeOptions = List.of("--db", store.toString(), "--bolt-port", String.valueOf(freePort()));
    }

    /** Imports the demo network into a fresh store at {@code store} with {@code demarc demo --no-serve}. */
    static DemoStoreCli start(Path store) {
        DemoStoreCli cli = new DemoStoreCli(store);
        Result demo = cli.onStore("demo", "--no-serve");
        assertThat(demo.code()).as(demo.err()).isZero();
        return cli;
    }

    /** Runs {@code demarc args...} exactly as given. */
    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DemarcCli.run(launcher, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs {@code demarc args...} on the demo store. */
    Result onStore(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(storeOptions);
        return run(all.toArray(String[]::new));
    }

    /** The running application, for reading the graph behind the commands. */
    ConfigurableApplicationContext context() {
        return launcher.context();
    }

    @Override
    public void close() {
        launcher.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
