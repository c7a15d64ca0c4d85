package org.gongkai.content.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.content.model.SourcePosition;

/**
 * Collects findings in the order they are made, so that a publisher sees every problem of a run at once
 * rather than one per run. Safe to share between threads that load files in parallel.
 */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    public synchronized void add(Finding finding) {
        list.add(finding);
    }

    public void error(String rule, SourcePosition at, String message) {
        add(new Finding(rule, Severity.ERROR, at, message));
    }

    public synchronized boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public synchronized int count(Severity severity) {
        return (int) list.stream().filter(f -> f.severity() == severity).count();
    }

    public synchronized int size() {
        return list.size();
    }

    /** The findings sorted by file, line and column, for stable output. */
    public synchronized List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Finding f) -> f.at().file())
                .thenComparingInt(f -> f.at().line())
                .thenComparingInt(f -> f.at().column())
                .thenComparing(Finding::rule));
        return copy;
    }
}
