package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A comparison page's table downloads as the reader sees it: one column per project, the names, links and totals
 * first, then each line with its levels and each project's value, its own indicator name where it differs.
 */
class ComparisonCsvTest {

    @Test
    void theHotlineTableDownloadsAsItStandsOnScreen() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser phone = new Browser(360, 800)) {
            phone.driver().get(server.url("compare/rexian/"));
            // The button is made by the script, after the rule and before the table: without scripts there is none.
            assertTrue(phone.driver().findElement(By.id("compare-csv")).isDisplayed());
            // The file's bytes as the button hands them over: the driver would change a text's line ends.
            @SuppressWarnings("unchecked")
            List<Long> bytes = (List<Long>) phone.driver().executeAsyncScript("""
                    var done = arguments[0];
                    var made = URL.createObjectURL;
                    URL.createObjectURL = function (blob) {
                      blob.arrayBuffer().then(function (b) { done(Array.from(new Uint8Array(b))); });
                      return made.call(URL, blob);
                    };
                    HTMLAnchorElement.prototype.click = function () { window.downloadName = this.download; };
                    document.getElementById('compare-csv').click();
                    """);
            byte[] file = new byte[bytes.size()];
            for (int i = 0; i < file.length; i++) {
                file[i] = bytes.get(i).byteValue();
            }
            String csv = new String(file, StandardCharsets.UTF_8);
            assertEquals("同类比较-政务服务便民热线.csv", phone.driver().executeScript("return window.downloadName;"));
            List<String> lines = Arrays.asList(csv.split("\r\n", -1));
            assertEquals(List.of(
                    "\uFEFF一级指标,二级指标,三级指标,同类对齐,淮南市人民政府办公室 2024年度,怀远县人民政府办公室 2024年度,"
                            + "六安市人民政府办公室 2026年度",
                    ",,项目名称,,12345政务热线服务项目,政务服务便民热线,六安市12345政务服务便民热线接线服务项目",
                    ",,链接,,https://example.org/huainan-szfb/2024/12345zwrxfwxm/,"
                            + "https://example.org/huaiyuan-xzfb/2024/zwfwbmrx/,"
                            + "https://example.org/luan-szfb/2026/las12345zwfwbmrxjxfwxm/",
                    ",,年度资金总额（万元）,,492.00,113.68,1132.20",
                    "产出指标,成本指标,成本,是,≤492万元,项目总成本：≤113.68万元,",
                    "满意度指标,满意度指标,群众满意度,是,≥90%,≥95%,服务对象满意度指标：≥98%",
                    "产出指标,数量指标,日均受理话务量,,≥2500个,,"), lines.subList(0, 7));
            int rows = phone.driver().findElements(By.cssSelector("table.compare tbody tr")).size();
            assertEquals(rows + 3, lines.size() - 1, "a line for each row of the table, after the head, names and links");
            assertEquals("", lines.get(lines.size() - 1), "the file ends with a line break");
        }
    }
}
