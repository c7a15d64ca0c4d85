package org.gongkai.importer;

/**
 * Something in the source document that the importer could not read, with the 1-based line it stands on
 * (0 when it concerns the whole document) and a Chinese message saying what would help.
 */
public record ImportProblem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "第" + line + "行：" + message : message;
    }
}
