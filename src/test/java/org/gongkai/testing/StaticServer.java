package org.gongkai.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 at a free port, as any static file server would: a folder's index.html for
 * a URL ending in a slash, 404 otherwise. Browser tests need HTTP, since pages fetch their data.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "xml", "application/xml", "csv", "text/csv; charset=utf-8");

    /**
     * One request as the server saw it: when it arrived and when its answer was sent, in nanoseconds, and the
     * size of its body as sent and as gzip would send it.
     */
    public record Request(String path, long bytes, long gzipBytes, long arrived, long answered) {}

    private final HttpServer server;
    private final List<Request> log = new CopyOnWriteArrayList<>();

    public StaticServer(Path root) throws IOException {
        this(root, 0);
    }

    /** A server that waits {@code latencyMillis} before each answer, as a distant server would. */
    public StaticServer(Path root, int latencyMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            long arrived = System.nanoTime();
            pause(latencyMillis);
            byte[] body = serve(root, exchange);
            log.add(new Request(exchange.getRequestURI().getPath(), body.length, gzipped(body), arrived, System.nanoTime()));
        });
        server.start();
    }

    /** The requests served since the last {@link #clearLog()}, for counting bytes and round trips. */
    public List<Request> log() {
        return List.copyOf(log);
    }

    public void clearLog() {
        log.clear();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long gzipped(byte[] body) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(buffer)) {
            gzip.write(body);
        }
        return buffer.size();
    }

    private static byte[] serve(Path root, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (path.endsWith("/")) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return new byte[0];
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return body;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
