package org.gongkai.check;

import java.time.temporal.ChronoUnit;
import org.gongkai.content.model.Disclosure;

/** 预算法 第十四条: a department discloses within 20 days of the finance department's approval. */
final class DatesRule implements Rule {

    static final int DAYS_ALLOWED = 20;

    @Override
    public void check(Inspection in) {
        Disclosure d = in.disclosure;
        if (d.approved().isEmpty() || d.published().isEmpty()) {
            String missing = d.approved().isEmpty() && d.published().isEmpty() ? "批复日期（approved）和公开日期（published）"
                    : d.approved().isEmpty() ? "批复日期（approved）" : "公开日期（published）";
            in.notice("dates.missing", d.at(), in.subject, "未填写" + missing + "，无法核对是否在批复后 " + DAYS_ALLOWED
                    + " 日内公开（预算法第十四条）。请按批复文件和实际公开日期填写。");
            return;
        }
        long days = ChronoUnit.DAYS.between(d.approved().get(), d.published().get());
        if (days < 0) {
            in.warning("dates.order", d.at(), in.subject, "公开日期 " + d.published().get() + " 早于批复日期 " + d.approved().get()
                    + "。请核对两个日期。");
        } else if (days > DAYS_ALLOWED) {
            in.warning("dates.late", d.at(), in.subject, "批复后第 " + days + " 日才公开（" + d.approved().get() + " 批复，"
                    + d.published().get() + " 公开），超过预算法第十四条规定的 " + DAYS_ALLOWED + " 日。");
        }
    }
}
