package org.gongkai.site.compare;

import java.util.Set;
import org.gongkai.content.text.LevelNames;
import org.gongkai.content.text.Names;

/**
 * What an indicator row measures by its 一级 and 二级, as a comparison lines rows up: the templates' categories,
 * whichever names a form gave them. 产出 › 成本 of the older template and 成本 › 经济成本 of the newer are both 成本;
 * 满意度指标 › 满意度指标 and 满意度指标 › 服务对象满意度 are both 满意度. A 二级 no template knows keeps its 一级 beside
 * it, so that only rows of one form's own category meet.
 */
final class Category {

    private static final Set<String> KNOWN = Set.of("数量", "质量", "时效", "经济效益", "社会效益", "生态效益", "可持续影响");

    private Category() {}

    static String of(String level1, String level2) {
        String l1 = LevelNames.stem(Names.normalised(level1));
        String l2 = LevelNames.stem(Names.normalised(level2));
        boolean placeholder = l2.isEmpty() || l2.equals("具体");
        if (l2.contains("满意") || placeholder && l1.contains("满意")) {
            return "满意度";
        }
        if (l2.endsWith("成本") || placeholder && l1.equals("成本")) {
            return "成本";
        }
        if (l2.equals("环境效益")) {
            return "生态效益";
        }
        if (KNOWN.contains(l2)) {
            return l2;
        }
        return placeholder ? l1 : l1 + "›" + l2;
    }
}
