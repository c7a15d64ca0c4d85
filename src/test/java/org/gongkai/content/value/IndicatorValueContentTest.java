package org.gongkai.content.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.testing.Seeds;
import org.junit.jupiter.api.Test;

/** Every 指标值 in content/ parses, and nothing that starts like a number or a comparison is taken for prose. */
class IndicatorValueContentTest {

    private static final Set<Kind> NUMERIC_LOOKING = EnumSet.of(Kind.QUANTITATIVE, Kind.DATE, Kind.UNREADABLE);

    @Test
    void everyValueInContentParses() {
        List<String> values = values();
        assertTrue(values.size() > 500, "expected the seeds' rows, found " + values.size());
        for (String text : values) {
            IndicatorValue v = IndicatorValue.parse(text);
            assertEquals(text, v.text());
            if (startsLikeANumber(text)) {
                assertTrue(NUMERIC_LOOKING.contains(v.kind()), () -> text + " read as " + v);
            }
            if (v.kind() == Kind.QUANTITATIVE) {
                assertNotEquals(UnitFamily.UNKNOWN, v.family(), text);
            }
            if (v.family() == UnitFamily.MONEY) {
                assertTrue(v.wanYuan().isPresent(), text);
            }
        }
    }

    private static boolean startsLikeANumber(String text) {
        String s = text.strip();
        return !s.isEmpty() && "0123456789０１２３４５６７８９≥≤><=＞＜＝≧≦".indexOf(s.charAt(0)) >= 0;
    }

    private static List<String> values() {
        List<String> values = new ArrayList<>();
        for (Disclosure d : Seeds.disclosures()) {
            d.overall().ifPresent(o -> o.indicators().forEach(r -> values.add(r.value())));
            for (Project p : d.projects()) {
                for (IndicatorRow r : p.indicators()) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
