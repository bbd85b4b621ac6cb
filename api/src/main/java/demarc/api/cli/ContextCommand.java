package demarc.api.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command that needs the application (and so the graph): it starts it, works, and stops it. */
abstract class ContextCommand implements Callable<Integer> {

    @ParentCommand
    DemarcCli cli;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    /** Runs {@code work} in a non-web application and stops it afterwards. */
    int withApplication(Work work) throws Exception {
        return withApplication(connection.properties(), WebApplicationType.NONE, work);
    }

    int withApplication(Map<String, String> properties, WebApplicationType web, Work work) throws Exception {
        note("Starting demarc" + (connection.external() ? " against " + connection.neo4jUri : "") + " ...");
        ConfigurableApplicationContext context = cli.launcher().start(properties, web, connection.verbose);
        try {
            return work.run(context);
        } finally {
            cli.launcher().stop(context);
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A progress note on stderr, unless {@code --quiet}. */
    void note(String text) {
        if (!connection.quiet) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(text);
            err.flush();
        }
    }

    /** What a command does with the running application; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(ConfigurableApplicationContext context) throws Exception;
    }
}
