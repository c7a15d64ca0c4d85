package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;

/**
 * A comparison table on a 360 px phone: it cut off its third column. Now it scrolls in its own box both ways, and
 * its project heads and indicator names stay in place while it does, so every column can be read against them.
 */
class ComparisonScrollTest {

    /** Where the first head, the first row name and the last head are, relative to the box, before and after. */
    private static final String PLACES = "var box = document.querySelector('.compare-scroll');"
            + "var corner = box.querySelector('thead th');"
            + "var name = box.querySelector('tbody tr:last-child th[scope=row]');"
            + "var heads = box.querySelectorAll('thead th');"
            + "function at(e) { var r = e.getBoundingClientRect(), b = box.getBoundingClientRect();"
            + "  return [Math.round(r.left - b.left), Math.round(r.top - b.top)]; }"
            + "var before = {corner: at(corner), name: at(name), wide: box.scrollWidth > box.clientWidth,"
            + "  lastHeadOutside: heads[heads.length - 1].getBoundingClientRect().right > box.getBoundingClientRect().right};"
            + "box.scrollLeft = box.scrollWidth; box.scrollTop = box.scrollHeight;"
            + "var after = {corner: at(corner), name: at(name), lastHeadInside:"
            + "  heads[heads.length - 1].getBoundingClientRect().right <= box.getBoundingClientRect().right + 1};"
            + "return {before: before, after: after};";

    private static long px(List<Object> place, int axis) {
        return Math.abs(((Number) place.get(axis)).longValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadsAndNamesStayWhileTheTableScrollsOnAPhone() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser phone = new Browser(360, 800)) {
            phone.driver().get(server.url("compare/rexian/"));
            Map<String, Map<String, Object>> places = (Map<String, Map<String, Object>>) phone.driver()
                    .executeScript(PLACES);
            Map<String, Object> before = places.get("before");
            Map<String, Object> after = places.get("after");
            assertEquals(Boolean.TRUE, before.get("wide"), "the table is wider than a phone: " + places);
            assertEquals(Boolean.TRUE, before.get("lastHeadOutside"), places.toString());
            assertEquals(Boolean.TRUE, after.get("lastHeadInside"), "the last project's column comes into view");
            // The corner head stays at the box's top left, within its border; the last row's name at its left edge.
            List<Object> corner = (List<Object>) after.get("corner");
            assertTrue(px(corner, 0) <= 1 && px(corner, 1) <= 1, "the corner head moved: " + places);
            assertTrue(px((List<Object>) after.get("name"), 0) <= 1, "the row's name moved: " + places);
        }
    }
}
