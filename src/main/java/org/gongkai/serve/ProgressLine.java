package org.gongkai.serve;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.gongkai.build.BuildProgress;

/** One build's progress on the terminal: silent for the first second, then at most one line a second. */
final class ProgressLine implements BuildProgress {

    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long lastPrinted;

    ProgressLine(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrinted = start;
    }

    @Override
    public synchronized void disclosureDone(int done, int total) {
        long now = clock.getAsLong();
        if (now - lastPrinted < SECOND) {
            return;
        }
        lastPrinted = now;
        err.printf("已处理 %d/%d 份公开文件…%n", done, total);
        err.flush();
    }

    @Override
    public synchronized void waitingFor(String holder) {
        err.println(holder + "正在生成同一个输出目录，等它完成后再开始……");
        err.flush();
    }
}
