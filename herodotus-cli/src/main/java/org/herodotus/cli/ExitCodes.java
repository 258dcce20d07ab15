package org.herodotus.cli;

/** Exit statuses shared by all commands. */
final class ExitCodes {
    /** Every input was processed without error. */
    static final int OK = 0;
    /** The run finished, but at least one input had an error (see its {@code errors}). */
    static final int SOME_INPUTS_FAILED = 1;
    /** The command line was wrong or the run could not start. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
