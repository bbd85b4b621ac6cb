package demarc.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code demarc} command line. Each command starts the application (embedded Neo4j unless told otherwise),
 * does its work and exits with {@link ExitCode 0, 1, 2 or 3}.
 */
@Command(name = "demarc",
        mixinStandardHelpOptions = true,
        versionProvider = DemarcCli.Version.class,
        description = {
                "Which third-party facilities carry technical-standard duties under 電気通信事業法41条, who bears them,",
                "and where the demarcation points (分界点) lie: decided on a Neo4j graph of your network."},
        subcommands = {DemoCommand.class, ImportCommand.class, DutiesCommand.class, DemarcationCommand.class,
                ChainCommand.class, RegimesCommand.class, ServeCommand.class, WhatIfCommand.class, SpofCommand.class,
                ExposureCommand.class, CheckCommand.class, GenerateCommand.class, BenchCommand.class,
                KeysCommand.class, AuditCommand.class, ReportCommand.class, LoadCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  findings, when asked with --fail-on",
                "  2  bad input or usage: unknown option, rejected document, unknown regime or id",
                "  3  unexpected failure (add --verbose for the stack trace)"})
public final class DemarcCli implements Callable<Integer> {

    private final ApplicationLauncher launcher;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public DemarcCli(ApplicationLauncher launcher) {
        this.launcher = launcher;
    }

    public static void main(String[] args) {
        int code = run(new SpringLauncher(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                args);
        // After "serve" the context was closed by Ctrl-C, inside the JVM's shutdown; exit then only waits for it.
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; the entry point for tests. */
    public static int run(ApplicationLauncher launcher, PrintWriter out, PrintWriter err, String... args) {
        FailureHandler failures = new FailureHandler();
        CommandLine commandLine = new CommandLine(new DemarcCli(launcher))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures);
        ImportCommand.describeFormats(commandLine.getSubcommands().get("import"));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    ApplicationLauncher launcher() {
        return launcher;
    }

    /** {@code demarc} without a command is a usage error: it prints the usage on stderr. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("demarc: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DemarcCli.class.getPackage().getImplementationVersion();
            return new String[] {
                    "demarc " + (version == null ? "(development build)" : version),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
