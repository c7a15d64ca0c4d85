package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.text.LevelNames;

/**
 * The indicator templates the forms use and the 一级 and 二级 each allows, so that a row is judged against the
 * template it belongs to. Names compare without their trailing 指标, since forms write both 经济效益 and 经济效益指标.
 *
 * <ul>
 *   <li>产出指标／效益指标／满意度指标: the older local template puts 成本 under 产出; the newer one (财预〔2021〕101号)
 *       makes 成本 a 一级 of its own. Both occur within one document, so they are one template here.
 *   <li>项目完成指标／项目效益指标／社会公众或服务对象满意度指标: an older template some provinces still print.
 *       项目完成 has the 二级 of 产出 (数量, 质量, 时效, 成本) and 项目效益 those of 效益; 社会公众或服务对象满意度
 *       stands as a 一级 without any 二级 (its 二级 cell is empty, which is correct), or as a 二级 under the benefits.
 * </ul>
 *
 * <p>The 二级 lists follow published forms as well as the templates: 环境效益 beside 生态效益 (佳县's 2016 申报表),
 * 社会公众或服务对象满意度 right after 可持续影响 under 效益 (宁乡坝塘镇's 2021 项目绩效目标表), and 具体指标, the
 * placeholder 二级 佳县 prints under its satisfaction 一级 (服务对象满意度指标, a 一级 there). The satisfaction 一级
 * names belong to both templates, since tables of either use them, and so never make a table look mixed.
 */
final class Hierarchy {

    /** What a 一级 stands for among the categories a table must cover (see {@link StructureRule}). */
    enum Role { OUTPUT, COST, BENEFIT, SATISFACTION }

    /**
     * A 一级 of a template: its name without 指标, the 二级 allowed under it, and whether a row may leave its 二级
     * empty because the template has no 二级 there.
     */
    record Level1(String stem, Role role, List<String> level2, boolean withoutLevel2) {

        String describeLevel2() {
            return String.join("、", level2.stream().map(s -> s + "指标").toList());
        }
    }

    /** A template: its 一级 names as a publisher knows them, and its 一级 in the order the form prints them. */
    record Template(String name, List<Level1> level1s) {

        boolean has(Level1 level1) {
            return level1s.contains(level1);
        }
    }

    private static final List<String> OUTPUTS = List.of("数量", "质量", "时效", "成本");
    private static final List<String> BENEFITS = List.of("经济效益", "社会效益", "生态效益", "环境效益", "可持续影响",
            "社会公众或服务对象满意度");

    private static final Level1 PUBLIC_SATISFACTION = new Level1("社会公众或服务对象满意度", Role.SATISFACTION,
            with(LevelNames.SATISFACTION, "具体"), true);
    private static final Level1 CLIENT_SATISFACTION = new Level1("服务对象满意度", Role.SATISFACTION,
            with(LevelNames.SATISFACTION, "具体"), true);

    static final Template OUTPUT_TEMPLATE = new Template("产出指标、成本指标、效益指标、满意度指标", List.of(
            new Level1("产出", Role.OUTPUT, OUTPUTS, false),
            new Level1("成本", Role.COST, List.of("经济成本", "社会成本", "生态环境成本"), false),
            new Level1("效益", Role.BENEFIT, BENEFITS, false),
            new Level1("满意度", Role.SATISFACTION, LevelNames.SATISFACTION, false),
            PUBLIC_SATISFACTION,
            CLIENT_SATISFACTION));

    static final Template COMPLETION_TEMPLATE = new Template("项目完成指标、项目效益指标、社会公众或服务对象满意度指标", List.of(
            new Level1("项目完成", Role.OUTPUT, OUTPUTS, false),
            new Level1("项目效益", Role.BENEFIT, BENEFITS, false),
            PUBLIC_SATISFACTION,
            CLIENT_SATISFACTION));

    static final List<Template> TEMPLATES = List.of(OUTPUT_TEMPLATE, COMPLETION_TEMPLATE);

    // Looked up for every indicator row of every table a check reads: built once, not streamed per row.
    private static final Map<String, Level1> LEVEL1_BY_STEM = new HashMap<>();
    private static final Map<Level1, List<Template>> TEMPLATES_OF = new HashMap<>();

    static {
        for (Template t : TEMPLATES) {
            for (Level1 l : t.level1s()) {
                LEVEL1_BY_STEM.putIfAbsent(l.stem(), l);
                TEMPLATES_OF.computeIfAbsent(l, k -> new ArrayList<>()).add(t);
            }
        }
        TEMPLATES_OF.replaceAll((l, ts) -> List.copyOf(ts));
    }

    private Hierarchy() {}

    /** The 一级 of any template that {@code name} names. */
    static Optional<Level1> level1(String name) {
        return Optional.ofNullable(LEVEL1_BY_STEM.get(LevelNames.stem(name)));
    }

    /** The templates that have {@code level1}: both for the shared satisfaction names, else one. */
    static List<Template> templatesOf(Level1 level1) {
        return TEMPLATES_OF.getOrDefault(level1, List.of());
    }

    /** The 一级 of every template, for telling a publisher what the forms allow. */
    static String describeLevel1s() {
        return String.join("；或", TEMPLATES.stream().map(Template::name).toList());
    }

    private static List<String> with(List<String> names, String more) {
        List<String> out = new ArrayList<>(names);
        out.add(more);
        return List.copyOf(out);
    }
}
