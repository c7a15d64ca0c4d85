package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one import, so that readers can go on after one and report them all. */
final class Problems {

    private final List<ImportProblem> list = new ArrayList<>();

    void add(int line, String message) {
        list.add(new ImportProblem(line, message));
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
