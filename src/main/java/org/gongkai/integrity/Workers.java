package org.gongkai.integrity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
        AtomicReference<IOException> failure = new AtomicReference<>();
        int workers = Math.max(1, Math.min(threads, count));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    Sha256 sha256 = new Sha256();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        try {
                            task.run(i, sha256);
                        } catch (IOException e) {
                            failure.compareAndSet(null, e);
                            next.set(count);
                        }
                    }
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("计算 SHA-256 时被中断", e);
        } catch (ExecutionException e) {
            // Only a defect gets here: files that cannot be read are the failure above.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            // None of the threads reads on once this returns.
            next.set(count);
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
