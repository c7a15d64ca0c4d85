package org.gongkai.content.model;

import java.util.List;
import java.util.Optional;

/**
 * The site-wide settings of site.yaml: title, base URL, 主办单位, contact, 网站标识码, the region tree, the
 * terms of reuse of the downloads, and whether pages show a neutral 数据说明 beside a figure that the checks find
 * in disagreement with another part of the same disclosure ({@code dataNotes}, on unless site.yaml says false).
 */
public record Site(
        String title,
        String baseUrl,
        String publisher,
        Contact contact,
        Optional<String> siteCode,
        Optional<String> icp,
        List<Region> regions,
        Optional<String> about,
        Optional<String> licence,
        boolean dataNotes) {

    /** What readers may do with the content when site.yaml states no licence of its own. */
    public static final String DEFAULT_LICENCE = "本站内容为依法主动公开的政府信息（预算绩效目标公开），按原文照录。"
            + "可以自由下载、复制、转载和再利用，请注明出处（原公开单位及本站网址）。";

    public Site {
        regions = List.copyOf(regions);
    }

    /** The terms of reuse shown on the data page and in the data packages. */
    public String licenceStatement() {
        return licence.orElse(DEFAULT_LICENCE);
    }
}
