package demarc.api.cli;

import java.io.PrintWriter;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import demarc.api.access.UnprotectedBindException;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.queries.rulebook.UnknownRegimeException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and messages. Bad input (exit 2) is explained in a line per
 * problem; anything unexpected (exit 3) in one line, with the stack trace only under {@code --verbose}.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("demarc: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code = report(e, err, parseResult.hasMatchedOption("--verbose") || isVerbose(parseResult));
        err.flush();
        return code;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        ParseResult sub = parseResult.subcommand();
        return sub != null && (sub.hasMatchedOption("--verbose") || isVerbose(sub));
    }

    /** Prints what went wrong and returns the exit code. */
    static int report(Throwable failure, PrintWriter err, boolean verbose) {
        InventoryRejectedException rejected = find(failure, InventoryRejectedException.class);
        if (rejected != null) {
            err.println("demarc: rejected, nothing was imported (" + rejected.errors().size()
                    + (rejected.errors().size() == 1 ? " error):" : " errors):"));
            for (InventoryError error : rejected.errors()) {
                err.println(error);
            }
            return ExitCode.BAD_INPUT;
        }
        UnknownRegimeException unknownRegime = find(failure, UnknownRegimeException.class);
        if (unknownRegime != null) {
            err.println("demarc: " + unknownRegime.getMessage());
            return ExitCode.BAD_INPUT;
        }
        UnprotectedBindException unprotected = find(failure, UnprotectedBindException.class);
        if (unprotected != null) {
            err.println("demarc: " + unprotected.getMessage());
            return ExitCode.BAD_INPUT;
        }
        BadInputException badInput = find(failure, BadInputException.class);
        if (badInput != null) {
            err.println("demarc: " + badInput.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Throwable unreachable = find(failure, ServiceUnavailableException.class);
        if (unreachable == null) {
            unreachable = find(failure, SessionExpiredException.class);
        }
        if (unreachable != null) {
            // the driver's own message names the address; the socket error under it does not
            err.println("demarc: the graph database cannot be reached: " + firstLine(unreachable.getMessage()));
        } else {
            err.println("demarc: " + describe(failure));
        }
        if (verbose) {
            failure.printStackTrace(err);
        } else {
            err.println("(run again with --verbose for the stack trace)");
        }
        return ExitCode.FAILURE;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The innermost message, which usually says what actually failed (a port in use, a refused connection). */
    private static String describe(Throwable failure) {
        Throwable deepest = failure;
        String message = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            deepest = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return firstLine(message == null ? deepest.getClass().getName() : message);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse(text);
    }
}
