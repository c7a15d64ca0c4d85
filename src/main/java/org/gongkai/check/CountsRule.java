package org.gongkai.check;

import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ExcludedItem;

/**
 * Counts the document states add up: the stated total is the disclosed tables plus the excluded items, the
 * stated number of secret projects is the number excluded as 涉密, and an exclusion other than 涉密 is named
 * as such, since 预算法 第十四条 allows only state secrets to stay undisclosed.
 */
final class CountsRule implements Rule {

    @Override
    public void check(Inspection in) {
        Disclosure d = in.disclosure;
        int secret = (int) d.excluded().stream().filter(e -> e.reason().contains("涉密")).count();
        d.counts().total().ifPresent(total -> {
            int counted = d.projects().size() + d.excluded().size();
            if (total != counted) {
                in.warning("counts.total", d.at(), in.subject, "文件写明共 " + total + " 个项目，但公开的项目表 " + d.projects().size()
                        + " 个加未公开的 " + d.excluded().size() + " 个共 " + counted + " 个。请核对原文的说明与清单。");
            }
        });
        d.counts().secret().ifPresent(stated -> {
            if (stated != secret) {
                in.warning("counts.secret", d.at(), in.subject, "文件写明涉密项目 " + stated + " 个，但 excluded 中以涉密为由未公开的有 "
                        + secret + " 个。请核对原文的说明。");
            }
        });
        for (ExcludedItem e : d.excluded()) {
            if (!e.reason().contains("涉密")) {
                in.notice("excluded.reason", e.at(), in.subject.withProject(e.name()), "“" + e.name() + "”以“" + e.reason()
                        + "”为由未公开。预算法第十四条只规定涉及国家秘密的内容可以不公开；请确认不公开的依据。");
            }
        }
    }
}
