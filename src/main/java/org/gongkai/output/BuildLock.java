package org.gongkai.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One build at a time per output folder. The lock is the operating system's lock on the work folder's {@code lock}
 * file, which names the holder's process; the system releases it when that process ends, however it ends, so a lock
 * left by a killed build is simply taken over. A second build waits for the first and then builds its own content.
 */
public final class BuildLock implements AutoCloseable {

    /** Told once when a build has to wait, with the holder as the lock file names it. */
    @FunctionalInterface
    public interface Waiting {
        void waitingFor(String holder);
    }

    /**
     * Builds in this process, by lock file: the system's lock belongs to the process, so two builds of one process
     * (serve and a test, two tests) must queue here first.
     */
    private static final Map<Path, Semaphore> HERE = new ConcurrentHashMap<>();

    private final Semaphore here;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Semaphore here, FileChannel channel, FileLock lock) {
        this.here = here;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code output}'s work folder, waiting while another build holds it, then clears leftovers. */
    public static BuildLock acquire(OutputFolder output, Waiting waiting) throws IOException {
        WorkFolder work = output.work();
        Path file = work.lock();
        Semaphore here = HERE.computeIfAbsent(file, f -> new Semaphore(1, true));
        if (!here.tryAcquire()) {
            waiting.waitingFor("本进程（PID " + ProcessHandle.current().pid() + "）中的另一次生成");
            try {
                here.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("等待同一输出目录的另一次生成时被中断，" + work.output() + " 未改动");
            }
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(work.root());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.waitingFor(holder(channel));
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            BuildLock held = new BuildLock(here, channel, lock);
            work.clearLeftovers();
            return held;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            here.release();
            throw e;
        }
    }

    /** The process the lock file names, as the message to the waiting publisher says it. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer text = ByteBuffer.allocate(32);
        channel.read(text, 0);
        String pid = new String(text.array(), 0, text.position(), StandardCharsets.US_ASCII).trim();
        return pid.matches("\\d+") ? "另一个 gongkai 进程（PID " + pid + "）" : "另一个 gongkai 进程";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            here.release();
        }
    }
}
