package org.gongkai.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The build's pools of threads: daemon threads, so that an interrupted command can exit; a task's failure rethrown
 * as the caller's own; and a stop that waits for running tasks, so that none still writes into a staging folder
 * that a failed build is deleting.
 */
public final class Threads {

    private Threads() {}

    /** A pool of {@code threads} daemon threads, named for a thread dump. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops {@code pool}, interrupting its tasks, and waits until they have ended. */
    public static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lets {@code pool}'s tasks run to their end and waits for them, without interrupting them: for work that an
     * interruption would damage, such as a Lucene writer's flush.
     */
    public static void finish(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The result of {@code task}; its failure as thrown, with an {@link UncheckedIOException} unwrapped, and an
     * interruption as an {@link IOException} saying {@code whatStopped} (in Chinese, for the user).
     */
    public static <T> T result(Future<T> task, String whatStopped) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(whatStopped, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Runs every task on a pool of its own and returns their results in order; the first failure is thrown. */
    public static <T> List<T> all(String name, int threads, List<? extends Callable<T>> tasks, String whatStopped)
            throws IOException {
        ExecutorService pool = pool(name, Math.max(1, Math.min(threads, tasks.size())));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(result(f, whatStopped));
            }
            return results;
        } finally {
            stop(pool);
        }
    }
}
