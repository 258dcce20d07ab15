package org.herodotus.cli;

/** Exit statuses shared by all commands. */
final class ExitCodes {
    /** Every input was processed without error. */
    static final int OK = 0;
    /** The run finished, but at least one input had an error (see its {@code errors}). */
    static final int SOME_INPUTS_FAILED = 1;
    /** The command line was wrong or the run could not start. */
    static final int USAGE = 2;
    /**
     * The run itself could not finish: output could not be written, the store failed for good,
     * the machine ran out of memory outside any one input. Inputs after the failure were not processed.
     */
    static final int RUN_FAILED = 3;

    private ExitCodes() {
    }
}
