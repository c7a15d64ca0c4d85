package org.gongkai.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders and every folder below them, registering new ones as they appear, and calls back once per burst
 * of changes: after the first event it waits until 150 ms pass without another, because saving one file is often
 * several events (an editor writes a temporary file and renames it over the old one) and a generator writes many.
 */
final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 150;

    private final WatchService service;
    private final List<Path> roots;
    private final Predicate<Path> ignored;
    private final Runnable onChange;
    private final Thread thread;

    /**
     * @param ignored paths whose changes mean nothing to the build, such as the output folder and editors' hidden
     *     swap files
     */
    SourceWatcher(List<Path> roots, Predicate<Path> ignored, Runnable onChange) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.ignored = ignored;
        this.onChange = onChange;
        this.service = this.roots.get(0).getFileSystem().newWatchService();
        for (Path root : this.roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "gongkai-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                boolean changed = drain(service.take());
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // Closed by close(): the preview is stopping.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes a key's events, registers new folders, and says whether any event concerns the build. */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: any folder may be new, so register everything again.
                roots.forEach(this::registerTree);
                changed = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
            changed = true;
        }
        key.reset();
        return changed;
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).filter(p -> !ignored.test(p)).toList()) {
                folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        } catch (IOException | UncheckedIOException e) {
            // A folder removed while being walked: its parent's events still tell of any change.
        } catch (ClosedWatchServiceException e) {
            // Closed while registering: the preview is stopping.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
