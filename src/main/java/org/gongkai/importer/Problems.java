package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/** Collects the problems of one import, so that readers can go on after one and report them all. */
final class Problems {

    private final List<ImportProblem> list = new ArrayList<>();
    /** Where a line of the document is, as the report names it: 第 12 行, or a Word table's row. */
    private final IntFunction<String> places;

    Problems(IntFunction<String> places) {
        this.places = places;
    }

    /** Problems of a text document, whose places are its lines. */
    Problems() {
        this(Problems::lineNumber);
    }

    static String lineNumber(int line) {
        return line > 0 ? "第" + line + "行" : "";
    }

    /** Where {@code line} is, as the report names it: 第12行 in a text, 第 3 段 or 表 1 第 2 行第 1 格 in a file read by cell. */
    String place(int line) {
        return line > 0 ? places.apply(line) : "";
    }

    void add(int line, String message) {
        list.add(new ImportProblem(line, line > 0 ? places.apply(line) : "", message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems ordered by line, so that the publisher can work through the document from the top. */
    List<ImportProblem> sorted() {
        List<ImportProblem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(ImportProblem::line));
        return List.copyOf(copy);
    }

    /** A short quotation of source text for a message; long cells are cut so that the message stays readable. */
    static String quote(String text) {
        String oneLine = text.replace('\n', ' ');
        return "“" + (oneLine.length() > 40 ? oneLine.substring(0, 40) + "……" : oneLine) + "”";
    }
}
