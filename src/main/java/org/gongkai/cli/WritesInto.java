package org.gongkai.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A command that writes into a folder of its own. A failure to write that names no file (a full disk, told as no
 * more than that by the write that failed) is told as one in this folder, so no caller needs to catch it to say where.
 */
interface WritesInto {

    /** The folder the command writes into, if it writes into one. */
    Optional<Path> writesInto();
}
