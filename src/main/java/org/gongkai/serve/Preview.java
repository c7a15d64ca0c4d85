package org.gongkai.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.build.BuildResult;

/**
 * A running preview: the site built once, served on 127.0.0.1, and built again after each burst of changes to the
 * content or the templates, with the open pages told to reload. Only the loopback address is bound, so that a
 * draft site is never reachable from the network.
 */
public final class Preview implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveEvents events;
    private final SourceWatcher watcher;
    private final Rebuild rebuild;
    private final BuildReport report;
    private final PrintWriter terminal;
    private final AtomicReference<BuildStatus> latest = new AtomicReference<>(BuildStatus.none());
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Preview(PreviewSettings settings, BuildReport report, PrintWriter terminal) throws IOException {
        this.report = report;
        this.terminal = terminal;
        Path output = settings.output().toAbsolutePath().normalize();
        this.rebuild = new SiteRebuild(settings.content(), settings.templates(), output);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
        this.events = new LiveEvents(latest::get);
        // One thread per open page's event stream, so a cached pool rather than a fixed one.
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gongkai-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", new PreviewHandler(new SiteFolder(output), events, latest::get, report::describe));
        this.watcher = new SourceWatcher(List.of(settings.content(), settings.templates()),
                path -> ignored(path, output), this::rebuild);
    }

    /**
     * Builds the site, then serves it and watches for changes. Returns once the first build has ended, whatever its
     * outcome: a failed first build is shown on every page until a later one succeeds.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static Preview start(PreviewSettings settings, BuildReport report, PrintWriter terminal) throws IOException {
        Preview preview = new Preview(settings, report, terminal);
        preview.rebuild();
        preview.server.start();
        preview.watcher.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The number of the latest build that has ended, counting from 1. */
    public int builds() {
        return latest.get().build();
    }

    /** Waits until {@link #close()} is called, from a shutdown hook on Ctrl-C. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** The output folder's own staging siblings and everything in it, and editors' hidden and backup files. */
    private static boolean ignored(Path path, Path output) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return path.startsWith(output) || name.startsWith(".") || name.endsWith("~");
    }

    private synchronized void rebuild() {
        BuildStatus previous = latest.get();
        if (previous.build() > 0) {
            terminal.println("源文件有改动，正在重新生成…");
            terminal.flush();
        }
        long start = System.nanoTime();
        BuildStatus next;
        try {
            BuildResult result = rebuild.run(new ProgressLine(terminal, System::nanoTime));
            report.finished(result, (System.nanoTime() - start) / 1e9);
            next = previous.next(result);
        } catch (IOException | RuntimeException e) {
            // Whatever stopped this build, the templates, the disk or a bug, must not stop the preview: the next save
            // builds again.
            String message = report.describe(e);
            report.failed(message, e);
            next = previous.next(message);
        }
        latest.set(next);
        events.publish(next);
    }

    /** Stops watching and serving; the built site stays in the output folder. */
    @Override
    public void close() throws IOException {
        try {
            watcher.close();
            events.close();
            server.stop(0);
            threads.shutdownNow();
        } finally {
            stopped.countDown();
        }
    }
}
