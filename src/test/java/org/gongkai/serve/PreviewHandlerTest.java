package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's file serving over real HTTP: never a file outside the site, a folder's slash and index page, the
 * content types, the 404 page, the live-reload tag in HTML only and only once, and no failure while a build swaps
 * the site in. Requests are written by hand on a socket, so that no client tidies a path before it is sent.
 */
class PreviewHandlerTest {

    @TempDir
    Path temp;

    Path site;
    HttpServer server;
    final AtomicReference<BuildStatus> status = new AtomicReference<>(
            new BuildStatus(7, true, true, "", List.of()));

    record Response(int status, Map<String, String> headers, String body) {}

    @BeforeEach
    void serve() throws IOException {
        site = temp.resolve("site");
        write("index.html", "<html><body><h1>首页</h1></body></html>");
        write("a/index.html", "<html><body><p>A</p><script>var s = '</body>';</script></BODY></html>");
        write("404.html", "<html><body><h1>页面不存在</h1></body></html>");
        for (String extension : List.of("css", "js", "json", "csv", "xml", "svg", "bin")) {
            write("assets/file." + extension, "</body> " + extension);
        }
        Files.writeString(temp.resolve("secret.txt"), "SECRET");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new PreviewHandler(new SiteFolder(site), new LiveEvents(status::get), status::get,
                e -> "failure"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void neverServesAFileOutsideTheSite() throws IOException {
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/a/..%2f..%2fsecret.txt",
                "/a/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "/a/%5c..%5c..%5csecret.txt", "/%zz")) {
            Response r = get(path);
            assertTrue(r.status() == 400 || r.status() == 404, path + " gave " + r.status());
            assertFalse(r.body().contains("SECRET"), path);
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedAndWithItGetsItsIndex() throws IOException {
        Response redirect = get("/a?x=1");
        assertEquals(302, redirect.status());
        assertEquals("/a/?x=1", redirect.headers().get("location"));
        Response index = get("/a/");
        assertEquals(200, index.status());
        assertTrue(index.body().contains("<p>A</p>"), index.body());
        assertEquals("text/html; charset=utf-8", index.headers().get("content-type"));
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
                + " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                index.headers().get("content-security-policy"));
    }

    @Test
    void filesHaveTheirContentTypes() throws IOException {
        Map<String, String> types = Map.of("css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
                "json", "application/json; charset=utf-8", "csv", "text/csv; charset=utf-8",
                "xml", "application/xml; charset=utf-8", "svg", "image/svg+xml", "bin", "application/octet-stream");
        types.forEach((extension, type) -> {
            Response r = getUnchecked("/assets/file." + extension);
            assertEquals(200, r.status(), extension);
            assertEquals(type, r.headers().get("content-type"), extension);
            assertEquals("</body> " + extension, r.body(), "no script tag outside HTML");
        });
    }

    @Test
    void eachHtmlPageGetsTheScriptOnceBeforeItsLastBodyEnd() throws IOException {
        String tag = "<script src=\"/_gongkai/live.js?build=7\"></script>";
        for (String path : List.of("/", "/a/", "/no-such-page")) {
            String body = get(path).body();
            assertEquals(1, body.split(java.util.regex.Pattern.quote(tag), -1).length - 1, path + ": " + body);
        }
        String a = get("/a/").body();
        assertTrue(a.contains(tag + "\n</BODY>"), a);
        assertFalse(Files.readString(site.resolve("a/index.html")).contains("live.js"), "never written into the site");
        assertTrue(get(LiveScript.PATH).body().contains("EventSource"));
    }

    @Test
    void anUnknownPageGetsTheSitesOwn404() throws IOException {
        Response r = get("/no-such-page/");
        assertEquals(404, r.status());
        assertTrue(r.body().contains("页面不存在"), r.body());
    }

    @Test
    void aRequestDuringTheSwapIsAnsweredFromTheNewSite() throws Exception {
        Path old = temp.resolve("old-site");
        Files.move(site, old);
        Thread swap = new Thread(() -> {
            try {
                Thread.sleep(200);
                Files.move(old, site);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        swap.start();
        Response r = get("/a/");
        swap.join();
        assertEquals(200, r.status());
        assertTrue(r.body().contains("<p>A</p>"));
    }

    @Test
    void withoutAGoodBuildEveryPageListsTheErrorsEscaped() throws IOException {
        status.set(new BuildStatus(3, false, false, BuildStatus.CONTENT_ERRORS, List.of(
                new BuildStatus.Problem("content/offices/x/2024.yaml:5:3", "缺少 <name> 字段", "field.missing"))));
        Response r = get("/a/");
        assertEquals(503, r.status());
        assertTrue(r.body().contains("content/offices/x/2024.yaml:5:3"), r.body());
        assertTrue(r.body().contains("缺少 &lt;name&gt; 字段"), r.body());
        assertTrue(r.body().contains("live.js?build=3"), r.body());
        Response json = get(LiveScript.STATUS);
        assertTrue(json.body().contains("\"where\":\"content/offices/x/2024.yaml:5:3\""), json.body());
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }

    private Response getUnchecked(String path) {
        try {
            return get(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One request as written, and its response read to the end: the server closes after each one. */
    private Response get(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, end).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(end + 4));
        }
    }
}
