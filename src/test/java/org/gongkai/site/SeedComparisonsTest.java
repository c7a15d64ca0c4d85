package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.Seeds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The comparison groups of the four seed documents, and their pages: every project's exact total and every one of
 * its indicator values in its own column, and links both ways between projects and groups.
 */
class SeedComparisonsTest {

    /** Group page → its projects, as office/year/project; reviewed by hand against the seed documents. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("yingshang-huanjing", List.of("huainan-szfb/2024/fgfgghyshjjdzxjf",
                "huaiyuan-xzfb/2024/yshjxnpyjpjkhxm", "luan-szfb/2026/yshjgzjf", "yeji-qzfb/2024/szyshjssyfzxgzjf"));
        EXPECTED.put("rexian", List.of("huainan-szfb/2024/12345zwrxfwxm", "huaiyuan-xzfb/2024/zwfwbmrx",
                "luan-szfb/2026/las12345zwfwbmrxjxfwxm"));
        EXPECTED.put("zhengwu-gongkai", List.of("huainan-szfb/2024/zwgkgzzxjf", "luan-szfb/2026/zfxxgkjf",
                "yeji-qzfb/2024/zfgkgzzxjf"));
        EXPECTED.put("waishi", List.of("huainan-szfb/2024/sbjygcgjjf", "huainan-szfb/2024/wsgzzxjf",
                "luan-szfb/2026/yjdcwsgzjf"));
        EXPECTED.put("ducha", List.of("huaiyuan-xzfb/2024/dckhzxjfxm", "luan-szfb/2026/yjdcwsgzjf"));
        EXPECTED.put("zhengfu-wangzhan", List.of("huainan-szfb/2024/zfwzaqyxzxjf", "luan-szfb/2026/zfwzhzwxmtxxnrfwjf"));
    }

    @Test
    void theSeedsMakeTheseGroupsInThisOrder() throws IOException {
        Document index = page(SitePaths.COMPARE);
        List<String> groups = index.select("ol.groups a").eachAttr("href").stream()
                .map(h -> h.substring(0, h.length() - 1)).toList();
        assertEquals(new ArrayList<>(EXPECTED.keySet()), groups);
        long projects = EXPECTED.values().stream().flatMap(List::stream).distinct().count();
        assertTrue(index.selectFirst("p.lead").text().contains("共 " + EXPECTED.size() + " 组、" + projects + " 个项目"),
                index.selectFirst("p.lead").text());
        for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
            Document group = page(SitePaths.comparison(e.getKey()));
            List<String> members = group.select("table.list tbody th a").eachAttr("href").stream()
                    .map(h -> h.replace("../../", "").replaceAll("/$", "")).toList();
            assertEquals(e.getValue(), members, e.getKey());
        }
        assertEquals(1, page("").select("main a[href=compare/]").size(), "the home page links to the comparisons");
        assertEquals(1, page("").select("nav.site-nav a[href=compare/]").size(), "and so does the nav");
    }

    @Test
    void eachColumnHoldsItsProjectsTotalAndEveryIndicatorValue() throws IOException {
        Map<String, Project> projects = new TreeMap<>();
        for (Disclosure d : Seeds.disclosures()) {
            d.projects().forEach(p -> projects.put(d.officeId() + "/" + d.year() + "/" + p.id(), p));
        }
        for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
            Element table = page(SitePaths.comparison(e.getKey())).selectFirst("table.compare");
            List<Element> rows = table.select("tbody tr");
            for (int c = 0; c < e.getValue().size(); c++) {
                Project p = projects.get(e.getValue().get(c));
                // The seeds print 万元, so the column shows each table's own figure as printed.
                assertEquals("万元", p.funds().unit());
                assertEquals(p.funds().total().orElseThrow().printed(),
                        rows.get(0).select("td").get(c).text());
                List<String> expected = new ArrayList<>();
                for (IndicatorRow r : p.indicators()) {
                    if (!r.isEmpty()) {
                        expected.add(r.level3() + "=" + r.value());
                    }
                }
                List<String> shown = new ArrayList<>();
                for (Element tr : rows.subList(1, rows.size())) {
                    Element cell = tr.select("td").get(c);
                    if (!cell.hasClass("missing")) {
                        // A row that shares a line of another name shows its own name above its value.
                        Element named = cell.selectFirst(".named");
                        shown.add(named == null ? tr.selectFirst("th .l3").text() + "=" + cell.text()
                                : named.text() + "=" + cell.ownText());
                    } else {
                        assertEquals("—", cell.text());
                    }
                }
                assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList(), e.getValue().get(c));
            }
        }
    }

    @Test
    void projectPagesLinkToTheirGroupsAndOnlyThose() throws IOException {
        Map<String, List<String>> expected = new TreeMap<>();
        EXPECTED.forEach((group, members) -> members.forEach(
                m -> expected.computeIfAbsent(m, k -> new ArrayList<>()).add(group)));
        for (Disclosure d : Seeds.disclosures()) {
            for (Project p : d.projects()) {
                String key = d.officeId() + "/" + d.year() + "/" + p.id();
                List<String> links = page(SitePaths.project(d.officeId(), d.year(), p.id()))
                        .select("p.compare-links a").eachAttr("href").stream()
                        .map(h -> h.replace("../../../compare/", "").replaceAll("/$", "")).sorted().toList();
                assertEquals(expected.getOrDefault(key, List.of()).stream().sorted().toList(), links, key);
            }
        }
    }

    static Document page(String page) throws IOException {
        return SeedSite.page(page);
    }
}
