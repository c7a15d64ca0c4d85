package org.gongkai.build;

/** Told after each disclosure is rendered, from any rendering thread, so that a long build can say how far it is. */
@FunctionalInterface
public interface BuildProgress {

    /** Nobody listening: the tests. */
    BuildProgress NONE = (done, total) -> { };

    void disclosureDone(int done, int total);

    /** Told once, before anything is built, when another build of the same output holds its lock. */
    default void waitingFor(String holder) {
    }

    /** Told as each stage of a build ends, with its wall time, which {@code gongkai build --timings} prints. */
    default void stageDone(BuildStage stage, long nanos) {
    }
}
