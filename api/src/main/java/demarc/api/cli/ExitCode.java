package demarc.api.cli;

/** The exit codes of {@code demarc}, documented in the README. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** {@code --fail-on} was given and a finding reached it. */
    public static final int FINDINGS = 1;
    /** Bad input or usage: unknown option, rejected document, unknown regime or id. */
    public static final int BAD_INPUT = 2;
    /** Anything else: the database cannot be reached, a bug. */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
