package org.gongkai.site.links;

import java.nio.file.Path;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.SourcePosition;

/** Who put a link on a page, which says where a wrong link is to be fixed and how the finding reads. */
sealed interface LinkOrigin {

    /** The page the link is on, or the folder of pages kept from the last build; findings name it. */
    String page();

    /** Where the link can be fixed: the template, the publisher's file, or the kept pages' year file. */
    SourcePosition position(Path templates);

    default Subject subject() {
        return Subject.NONE;
    }

    /** The start of a finding: this origin's page links to {@code link}. */
    String linksTo(String link);

    /** The end of a finding: what to change. */
    String fix(String serverPath);

    /** A page's path as findings show it; the home page's is empty. */
    static String shown(String page) {
        return page.isEmpty() ? "首页（index.html）" : page;
    }

    /** A template wrote the link while rendering {@code page}. */
    record Rendered(String page, String template) implements LinkOrigin {

        @Override
        public SourcePosition position(Path templates) {
            return SourcePosition.ofFile(templates.resolve(template).toString().replace('\\', '/'));
        }

        @Override
        public String linksTo(String link) {
            return "页面 " + shown(page) + " 链接到 " + link;
        }

        @Override
        public String fix(String serverPath) {
            return "请改正模板 " + template + "（或它引用的模板）中的这个链接。";
        }
    }

    /** The publisher wrote the link, as {@code href}, in Markdown that {@code page} shows. */
    record Written(String page, Prose prose, String href) implements LinkOrigin {

        @Override
        public SourcePosition position(Path templates) {
            return prose.position(href);
        }

        @Override
        public Subject subject() {
            return prose.subject();
        }

        @Override
        public String linksTo(String link) {
            return "页面 " + shown(page) + " 上的链接“" + href + "”指向 " + link;
        }

        @Override
        public String fix(String serverPath) {
            return "请在本文件中改正这个链接：相对链接从页面 " + shown(page) + " 算起（../ 表示上一级），也可以写以 " + serverPath
                    + " 开头的路径。";
        }
    }

    /**
     * A page below {@code page}, a year folder that the build kept from the last one without rendering it again,
     * links there; {@code file} is the year file whose pages they are.
     */
    record Kept(String page, String file) implements LinkOrigin {

        @Override
        public SourcePosition position(Path templates) {
            return SourcePosition.ofFile(file);
        }

        @Override
        public String linksTo(String link) {
            return "上次生成后原样保留的页面 " + page + "（年度文件未改动）链接到 " + link;
        }

        @Override
        public String fix(String serverPath) {
            return "请改正本文件中指向它的链接（例如 remarks 中的）；删除网站旁的 .gongkai 目录后重新生成，可以查出链接的确切位置。";
        }
    }
}
