package org.gongkai.build;

/** Reports each stage's wall time to the progress listener as the stage ends. */
final class StageClock {
    private final BuildProgress progress;
    private long last = System.nanoTime();

    StageClock(BuildProgress progress) {
        this.progress = progress;
    }

    void done(BuildStage stage) {
        long now = System.nanoTime();
        progress.stageDone(stage, now - last);
        last = now;
    }
}
