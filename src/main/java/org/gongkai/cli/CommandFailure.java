package org.gongkai.cli;

/**
 * A failure of the environment that a command found and put into words itself, in Chinese with the fix, such as
 * templates that cannot be found: printed as it is, exit code 3.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
