package org.gongkai.integrity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.parallel.Threads;

/**
 * Work on many files on every core: each thread takes the next index until none is left, so a few large files
 * cannot leave the other threads idle, and keeps its own {@link Sha256}.
 */
final class Workers {

    /** The work on the file at one index. */
    interface Task {
        void run(int index, Sha256 sha256) throws IOException;
    }

    private Workers() {}

    /** Runs {@code task} for every index below {@code count}; the first file that cannot be read stops the rest. */
    static void run(int count, int threads, Task task) throws IOException {
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int w = 0; w < Math.max(1, Math.min(threads, count)); w++) {
            workers.add(() -> {
                Sha256 sha256 = new Sha256();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        task.run(i, sha256);
                    } catch (IOException e) {
                        next.set(count);
                        throw e;
                    }
                }
                return null;
            });
        }
        Threads.all("gongkai-sha256", threads, workers, "计算 SHA-256 时被中断");
    }
}
