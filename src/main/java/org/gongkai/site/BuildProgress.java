package org.gongkai.site;

/** Told after each disclosure is rendered, from any rendering thread, so that a long build can say how far it is. */
@FunctionalInterface
public interface BuildProgress {

    /** Nobody listening: {@code gongkai build} and the tests. */
    BuildProgress NONE = (done, total) -> { };

    void disclosureDone(int done, int total);
}
