package org.gongkai.site.links;

import java.nio.file.Path;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Severity;
import org.gongkai.content.model.SourcePosition;

/**
 * The findings of the link check, in Chinese, each placed where its link can be fixed: the publisher's content
 * file for a link in their Markdown, the template otherwise, the year file for pages kept from the last build.
 */
final class LinkFindings {

    static final String BROKEN = "link.broken";
    static final String ANCHOR = "link.anchor";
    static final String SCRIPT = "link.script";

    private final Path templates;
    private final String serverPath;

    LinkFindings(Path templates, String serverPath) {
        this.templates = templates;
        this.serverPath = serverPath;
    }

    Finding missing(LinkOrigin origin, String target) {
        String what = target.isEmpty() || target.endsWith("/") ? "页面" : "文件";
        return finding(BROKEN, origin, origin.linksTo(LinkOrigin.shown(target)) + "，该" + what + "不存在。");
    }

    /** {@code target}, which may be the origin's own page, has no element with the id {@code fragment}. */
    Finding noAnchor(LinkOrigin origin, String target, String fragment) {
        boolean samePage = origin.page().equals(target);
        return finding(ANCHOR, origin, origin.linksTo((samePage ? "本页" : LinkOrigin.shown(target)) + "#" + fragment)
                + "，但" + (samePage ? "本页" : "该页面") + "没有 id 为“" + fragment + "”的元素（# 后面是页面中某个元素的 id）。");
    }

    /** A template wrote a link on {@code origin}'s page that runs a script of the given scheme. */
    Finding script(LinkOrigin origin, String href, String scheme) {
        return finding(SCRIPT, origin, "页面 " + LinkOrigin.shown(origin.page()) + " 上的链接“" + shown(href) + "”是 " + scheme
                + ": 链接：本站页面不通过链接执行脚本，读者关闭脚本时它也无效；应改为指向页面或文件的普通链接。");
    }

    /**
     * The publisher wrote a link in {@code prose} that runs a script of the given scheme. The safelist keeps it off
     * the page, so the finding says so: otherwise the publisher would see only its text there and not know why.
     */
    static Finding script(Prose prose, String href, String scheme) {
        return new Finding(SCRIPT, Severity.ERROR, prose.position(href), prose.subject(), "链接“" + shown(href) + "”是 "
                + scheme + ": 链接，可以执行脚本：网站不发布这样的链接，页面上只会留下链接文字。"
                + "请改为指向页面或文件的普通链接（https://… 或相对路径），或删去这个链接。");
    }

    /** A long address cut short, and the tabs and line breaks a browser ignores shown as spaces. */
    private static String shown(String href) {
        String flat = href.replaceAll("\\p{Cntrl}", " ");
        return flat.codePointCount(0, flat.length()) > 40 ? flat.substring(0, flat.offsetByCodePoints(0, 40)) + "…" : flat;
    }

    Finding outside(LinkOrigin origin, String href) {
        return finding(BROKEN, origin, "页面 " + LinkOrigin.shown(origin.page()) + " 上的链接“" + href + "”指向网站根目录（"
                + serverPath + "）以外：站内链接应写相对路径或以 " + serverPath + " 开头的路径，链接其他网站应写完整网址（https://…）。");
    }

    /** The one finding that stands for those of {@code file} beyond the ones listed. */
    static Finding more(String file, int unlisted, int listed) {
        return new Finding(BROKEN, Severity.ERROR, SourcePosition.ofFile(file), "另有 " + unlisted + " 个链接问题未逐一列出"
                + "（每个文件最多列出 " + listed + " 个，多半出自同一处）。请先改正上面列出的，再重新生成。");
    }

    private Finding finding(String rule, LinkOrigin origin, String problem) {
        return new Finding(rule, Severity.ERROR, origin.position(templates), origin.subject(),
                problem + origin.fix(serverPath));
    }
}
