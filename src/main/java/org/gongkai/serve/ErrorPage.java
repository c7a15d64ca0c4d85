package org.gongkai.serve;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;

/**
 * The page every request gets while no build of this preview has published a site: the problems that stopped the
 * latest build, as the terminal lists them. The live-reload script replaces it once a build succeeds.
 */
final class ErrorPage {

    /** The id live.js looks for: on this page a new build of any outcome means a reload, not an overlay. */
    static final String ID = "gongkai-build-errors";

    private ErrorPage() {}

    static byte[] of(BuildStatus status) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(status.heading())).append("</title>\n</head>\n<body>\n")
                // The alert is a div inside main: HTML gives main no role but its own.
                .append("<main id=\"").append(ID).append("\">\n<div role=\"alert\">\n")
                .append("<h1>").append(escape(status.heading()))
                .append("</h1>\n<p>本次预览还没有成功生成过网站。请按下面的提示修改，保存后本页会自动刷新。</p>\n<ol>\n");
        for (BuildStatus.Problem p : status.problems()) {
            html.append("<li>");
            if (!p.where().isEmpty()) {
                html.append("<code>").append(escape(p.where())).append("</code> ");
            }
            html.append(escape(p.message()));
            if (!p.rule().isEmpty()) {
                html.append(" <small>[").append(escape(p.rule())).append("]</small>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</div>\n</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
