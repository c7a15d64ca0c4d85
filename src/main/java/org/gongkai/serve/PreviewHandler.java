package org.gongkai.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongkai.site.ContentPolicy;

/**
 * Every request to the preview: the live-reload script, its event stream and the build status under
 * {@code /_gongkai/}, and otherwise the site, each HTML page with the script's tag added on the way out.
 */
final class PreviewHandler implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteFolder site;
    private final LiveEvents events;
    private final Supplier<BuildStatus> latest;
    /** Words a failure to read a file of the site, as the command line words every failure. */
    private final Function<Exception, String> describe;

    PreviewHandler(SiteFolder site, LiveEvents events, Supplier<BuildStatus> latest,
            Function<Exception, String> describe) {
        this.site = site;
        this.events = events;
        this.latest = latest;
        this.describe = describe;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, Reply.text(405, "预览服务器只接受 GET 和 HEAD 请求。"));
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        switch (rawPath == null ? "" : rawPath) {
            case LiveScript.EVENTS -> events.stream(exchange);
            case LiveScript.PATH -> send(exchange, Reply.of(200, "text/javascript; charset=utf-8", LiveScript.script()));
            case LiveScript.STATUS -> send(exchange, Reply.of(200, "application/json; charset=utf-8",
                    JSON.writeValueAsBytes(latest.get())));
            default -> send(exchange, page(rawPath, Optional.ofNullable(exchange.getRequestURI().getRawQuery())));
        }
    }

    private Reply page(String rawPath, Optional<String> rawQuery) {
        BuildStatus status = latest.get();
        if (!status.siteReady()) {
            return Reply.of(503, Reply.HTML, LiveScript.inject(ErrorPage.of(status), status.build()));
        }
        Optional<RequestPath> path = RequestPath.parse(rawPath);
        if (path.isEmpty()) {
            return Reply.text(400, "网址无效：路径不能包含“..”、反斜杠或无法解码的字符。");
        }
        try {
            Reply reply = site.answer(path.get(), rawPath, rawQuery);
            return reply.isHtml() ? reply.withBody(LiveScript.inject(reply.body(), status.build())) : reply;
        } catch (IOException e) {
            return Reply.text(500, describe.apply(e));
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", reply.type());
            // Every answer is fresh: a page reloaded after a build must never come from the browser's cache.
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Content-Security-Policy", ContentPolicy.HEADER);
            reply.location().ifPresent(l -> exchange.getResponseHeaders().set("Location", l));
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
            if (!head && reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }
}
