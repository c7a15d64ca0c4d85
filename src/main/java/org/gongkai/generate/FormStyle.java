package org.gongkai.generate;

/**
 * How one office lays out its document, the same in every year and project, as the seeds differ: which lines the
 * project form prints, which indicator template it follows, and what surrounds the tables.
 *
 * @param fieldLine      the form has a 资金投向领域 line (printed empty)
 * @param periodParts    the 项目期 has 建设期限 and 运营期限 lines (printed empty)
 * @param responsibleLine the form has a 项目责任人 line (printed empty)
 * @param bond           the funds block lists 专项债券
 * @param carryover      the funds block lists 上年结转
 * @param costOfItsOwn   the newer template (财预〔2021〕101号): 成本指标 is a 一级 of its own, not under 产出
 * @param effectSuffix   "" or "指标": 经济效益 or 经济效益指标
 * @param satisfaction   the 二级 under 满意度指标
 * @param heading        the line above each table: none, 1.“…”项目, or 1.…
 * @param list           the document prints the 公开清单
 * @param listCents      the list prints 96.00 rather than 96
 * @param counts         the document states how many projects it has
 * @param title          the document's title is recorded
 * @param overall        the document includes the 部门（单位）整体支出绩效目标表
 */
record FormStyle(boolean fieldLine, boolean periodParts, boolean responsibleLine, boolean bond, boolean carryover,
        boolean costOfItsOwn, String effectSuffix, String satisfaction, Heading heading, boolean list, boolean listCents,
        boolean counts, boolean title, boolean overall) {

    enum Heading { NONE, QUOTED, PLAIN }

    static FormStyle draw(Dice dice) {
        int s = dice.between(1, 100);
        String satisfaction = s <= 60 ? "服务对象满意度" : s <= 85 ? "服务对象满意度指标" : "满意度指标";
        int h = dice.between(1, 100);
        Heading heading = h <= 60 ? Heading.NONE : h <= 85 ? Heading.QUOTED : Heading.PLAIN;
        return new FormStyle(dice.chance(50), dice.chance(40), dice.chance(30), dice.chance(45), dice.chance(50),
                dice.chance(55), dice.chance(60) ? "" : "指标", satisfaction, heading, dice.chance(85), dice.chance(30),
                dice.chance(30), dice.chance(80), dice.chance(12));
    }
}
