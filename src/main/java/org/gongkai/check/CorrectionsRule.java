package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Disclosure;

/**
 * Corrections follow the document's history: none is dated before the document was published, and each is dated
 * no earlier than the one before it, since entry n replaced the text that entry n − 1 made.
 */
final class CorrectionsRule implements Rule {

    @Override
    public void check(Inspection in) {
        Disclosure d = in.disclosure;
        List<Correction> corrections = d.corrections();
        for (int i = 0; i < corrections.size(); i++) {
            Correction c = corrections.get(i);
            if (d.published().isPresent() && c.date().isBefore(d.published().get())) {
                in.warning("correction.before-published", c.dateAt(), in.subject, "第 " + c.version() + " 条更正的日期 "
                        + c.date() + " 早于公开日期 " + d.published().get() + "：文件公开之后才会更正。请核对更正日期，"
                        + "或公开日期（published 写最初公开的日期，不随更正改变）。");
            }
            if (i > 0) {
                LocalDate before = corrections.get(i - 1).date();
                if (c.date().isBefore(before)) {
                    in.warning("correction.order", c.dateAt(), in.subject, "第 " + c.version() + " 条更正的日期 " + c.date()
                            + " 早于第 " + (c.version() - 1) + " 条的 " + before + "。corrections 按时间先后排列，最早的更正在前，"
                            + "第 n 条更正取代第 n 版；请核对日期或顺序。");
                }
            }
        }
    }
}
