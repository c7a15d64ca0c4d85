package org.gongkai.output;

import java.io.IOException;

/**
 * An output folder a build must not write: the content, a folder of the publisher's, a file. Its message is one
 * Chinese paragraph that names the folder, says what would be lost, and how to choose another; nothing was written.
 */
public final class OutputRefused extends IOException {

    private static final long serialVersionUID = 1L;

    OutputRefused(String message) {
        super(message);
    }
}
