package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.search.SearchRequest.Mode;
import org.gongkai.testing.Browser;
import org.gongkai.testing.FormsSite;
import org.gongkai.testing.SearchProbe;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A journalist finds a project by a word that only its further fields hold (项目概况, 总体目标, 长期目标, 项目类别,
 * 归口科室, the form's other rows, an indicator's 计量单位, 绩效标准 or 备注), on the command line and on the search
 * page alike; the codes and scores of such columns (定量, 正向, 10) are not searched, as every row of a form has them.
 */
class OtherFormsSearchTest {

    private static final String FULL = FormsSite.FULL;
    private static final String STANDARD = FormsSite.STANDARD;

    static StaticServer server;
    static Browser browser;
    static SearchProbe probe;

    @BeforeAll
    static void start() throws IOException {
        server = new StaticServer(FormsSite.root());
        browser = new Browser(1280, 900);
        probe = new SearchProbe(FormsSite.root(), server, browser);
    }

    @AfterAll
    static void stop() throws IOException {
        probe.close();
        browser.close();
        server.close();
    }

    /** Each query, what it is found in, and the projects it finds, on both sides. */
    @Test
    void wordsOfTheFurtherFieldsFindTheirProject() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("灌排沟渠", List.of(FULL));          // 项目概况
        expected.put("三年建成", List.of(FULL));          // 总体目标
        expected.put("路况", List.of(STANDARD));          // 总体目标
        expected.put("粮食产能", List.of(FULL));          // 长期目标
        expected.put("专项业务费", List.of(FULL));        // 项目类别
        expected.put("农田建设科", List.of(FULL));        // 归口科室
        expected.put("申报表", List.of(FULL));            // the form's title
        expected.put("立项依据", List.of(FULL));          // a header row's label
        expected.put("审核意见 同意", List.of(FULL));     // a row below the table
        expected.put("竣工验收", List.of(FULL));          // 备注
        expected.put("省定标准", List.of(STANDARD));      // 绩效标准
        expected.put("定量", List.of());                  // 指标性质: a code, not searched
        expected.put("正向", List.of());                  // 指标方向: likewise
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<String> cli = probe.cliUrls(e.getKey(), Mode.PROJECTS, Map.of());
            assertEquals(e.getValue(), cli, "gongkai search «" + e.getKey() + "»");
            assertEquals(cli, probe.browserUrls(e.getKey(), Mode.PROJECTS, Map.of()), "the page «" + e.getKey() + "»");
        }
    }

    /** An indicator row is found by its own further columns, and not by its project's form. */
    @Test
    void indicatorRowsAreFoundByTheirFurtherColumns() {
        assertEquals(List.of(FULL + "#r2"), probe.cliUrls("竣工验收", Mode.INDICATORS, Map.of()));
        assertEquals(List.of(STANDARD + "#r2"), probe.cliUrls("省定标准", Mode.INDICATORS, Map.of()));
        assertEquals(List.of(), probe.cliUrls("灌排沟渠", Mode.INDICATORS, Map.of()));
        // 公里 is the 计量单位 of one row and in the 指标值 of the other.
        List<String> km = probe.cliUrls("公里", Mode.INDICATORS, Map.of());
        assertEquals(List.of(FULL + "#r2", STANDARD + "#r1"), km.stream().sorted().toList());
        for (String q : List.of("竣工验收", "省定标准", "公里")) {
            assertEquals(probe.cliUrls(q, Mode.INDICATORS, Map.of()), probe.browserUrls(q, Mode.INDICATORS, Map.of()), q);
        }
    }

    /** On the command line form: limits a clause to these texts, and goal: takes in 总体目标 and 长期目标. */
    @Test
    void theFormFieldLimitsAClause() {
        assertEquals(List.of(FULL), probe.cliUrls("form:灌排沟渠", Mode.PROJECTS, Map.of()));
        assertEquals(List.of(), probe.cliUrls("goal:灌排沟渠", Mode.PROJECTS, Map.of()));
        assertEquals(List.of(FULL), probe.cliUrls("goal:粮食产能", Mode.PROJECTS, Map.of()));
        assertEquals(List.of(), probe.cliUrls("form:粮食产能", Mode.PROJECTS, Map.of()));
        assertEquals(List.of(FULL), probe.cliUrls("indicator:竣工验收", Mode.PROJECTS, Map.of()));
    }
}
