package org.gongkai.importer;

/**
 * Something in the source document that the importer could not place, with the 1-based line or row it stands on
 * (0 when it concerns the whole document), where that is as the publisher would look for it (第 12 行, 表 1 第 3
 * 行第 1 格), and a Chinese message saying what would help.
 */
public record ImportProblem(int line, String place, String message) {

    @Override
    public String toString() {
        return place.isEmpty() ? message : place + "：" + message;
    }
}
