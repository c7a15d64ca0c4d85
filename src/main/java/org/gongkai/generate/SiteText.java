package org.gongkai.generate;

import org.gongkai.content.model.Region;

/** The site-wide files of a generated corpus: site.yaml with its region tree, and an about.md saying it is made up. */
final class SiteText {

    private SiteText() {}

    /** Region names and ids are Han characters and ASCII letters only, so every scalar can be written plain. */
    static String siteYaml(CorpusShape shape, Region province) {
        StringBuilder out = new StringBuilder();
        out.append("# 由 gongkai generate 生成（").append(describe(shape)).append("）。单位、地名、项目和金额均为虚构。\n");
        out.append("title: 预算绩效目标公开（生成的测试内容）\n");
        out.append("base_url: https://example.org/\n");
        out.append("publisher: gongkai 生成的测试内容（虚构单位）\n");
        out.append("contact:\n  email: contact@example.org\n");
        out.append("regions:\n");
        region(out, province, 1);
        return out.toString();
    }

    static String about(CorpusShape shape) {
        return "## 关于本站\n\n本站内容由 `gongkai generate` 按固定参数生成（" + describe(shape) + "），用于测试和性能评估。"
                + "同样的参数总是生成逐字节相同的内容。\n\n单位、地名、项目、金额和绩效指标均为虚构，不代表任何真实单位的公开文件。\n";
    }

    private static String describe(CorpusShape shape) {
        return shape.offices() + " 个单位，每个单位每年 " + shape.projectsPerOffice() + " 个项目，" + shape.years()
                + " 个年度（" + shape.firstYear() + "–" + CorpusShape.LAST_YEAR + "），种子 " + shape.seed();
    }

    private static void region(StringBuilder out, Region region, int level) {
        String indent = "  ".repeat(level);
        out.append(indent).append("- id: ").append(region.id()).append('\n');
        out.append(indent).append("  name: ").append(region.name()).append('\n');
        if (!region.children().isEmpty()) {
            out.append(indent).append("  children:\n");
            for (Region child : region.children()) {
                region(out, child, level + 2);
            }
        }
    }
}
