package org.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Server-Sent Events stream that tells open pages of each build: every page gets the latest build on connecting
 * and each later one as it ends. Each stream holds one server thread; a comment line every few seconds finds the
 * pages that were closed, since a write to them fails.
 */
final class LiveEvents implements AutoCloseable {

    private static final long HEARTBEAT_SECONDS = 10;

    private final Supplier<BuildStatus> latest;
    private final List<BlockingQueue<String>> streams = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    LiveEvents(Supplier<BuildStatus> latest) {
        this.latest = latest;
    }

    /** The event a page receives: the build's number and whether it was published; the details are in status.json. */
    static String event(BuildStatus status) {
        return "event: build\ndata: {\"build\":" + status.build() + ",\"ok\":" + status.ok() + "}\n\n";
    }

    void publish(BuildStatus status) {
        String event = event(status);
        streams.forEach(s -> s.add(event));
    }

    /** Answers one page's stream until the page goes away or the preview stops. */
    void stream(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        streams.add(queue);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            String next = "retry: 500\n" + event(latest.get());
            while (!closed) {
                out.write(next.getBytes(StandardCharsets.UTF_8));
                out.flush();
                String event = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                next = event == null ? ": still here\n\n" : event;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.remove(queue);
        }
    }

    /** Ends every stream, so that the server can stop without waiting for the pages. */
    @Override
    public void close() {
        closed = true;
        streams.forEach(s -> s.add(""));
    }
}
