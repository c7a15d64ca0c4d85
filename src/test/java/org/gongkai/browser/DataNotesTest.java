package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.StaticServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Where the record contradicts itself the page says so: 叶集's 政府公开工作专项经费 prints a total of 0.00 while the
 * 整体支出表 on its own year page lists 30.00. A neutral 数据说明 names both figures and the rule, above the form,
 * whose figures stay as printed; site.yaml's data_notes: false turns the notes off.
 */
class DataNotesTest {

    @TempDir
    Path temp;

    @Test
    void aProjectWhoseFiguresDisagreeSaysSoBesideThemOnAPhone() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser phone = new Browser(360, 800)) {
            phone.driver().get(server.url("yeji-qzfb/2024/zfgkgzzxjf/"));
            WebElement note = phone.driver().findElement(By.cssSelector("aside.data-note"));
            assertEquals(List.of("数据说明：本表年度资金总额为 0.00 万元，同一文件的整体支出表中“政务公开工作专项经费”列示 30.00 万元；"
                    + "以原文为准。（检查规则 overall.task-amount）",
                    "数据说明：本表成本指标合计 27.00 万元，年度资金总额为 0.00 万元；以原文为准。（检查规则 cost.total-mismatch）"),
                    note.findElements(By.tagName("p")).stream().map(WebElement::getText).toList());
            assertTrue(note.isDisplayed() && note.getRect().getX() + note.getRect().getWidth() <= 360,
                    "the note ends at " + (note.getRect().getX() + note.getRect().getWidth()) + " px");
            WebElement form = phone.driver().findElement(By.cssSelector("main table"));
            assertTrue(note.getRect().getY() < form.getRect().getY(), "the note comes before the form it speaks of");
            // The figure itself is the original's.
            WebElement total = phone.driver().findElements(By.cssSelector("main table td.num")).get(0);
            assertEquals("0.00", total.getText());
        }
    }

    @Test
    void theYearPageNamesEachNotedProjectAndLeadsToItsNotes() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser phone = new Browser(360, 800)) {
            phone.driver().get(server.url("yeji-qzfb/2024/"));
            WebElement facts = phone.driver().findElement(By.cssSelector("dl.facts"));
            List<WebElement> heads = facts.findElements(By.tagName("dt"));
            WebElement entry = facts.findElements(By.tagName("dd")).get(heads.stream().map(WebElement::getText).toList()
                    .indexOf("数据说明"));
            assertEquals("本文件中有前后不一致的数字，5 个项目的页面在资金旁作了说明：机关业务专项经费（1 处）、"
                    + "四最营商环境(四送一服)专项工作经费（2 处）、政府公开工作专项经费（2 处）、防范非法集资工作专项经费（2 处）、"
                    + "金融发展专项经费（2 处）。", entry.getText());
            entry.findElement(By.linkText("政府公开工作专项经费")).click();
            phone.waitUntil("the project page", d -> d.getCurrentUrl().endsWith("yeji-qzfb/2024/zfgkgzzxjf/#data-notes"));
            WebElement note = phone.driver().findElement(By.id("data-notes"));
            assertEquals(2, note.findElements(By.tagName("p")).size(), "as many notes as the year page said");
            Number top = (Number) phone.driver().executeScript("return arguments[0].getBoundingClientRect().top", note);
            assertTrue(top.doubleValue() > -1 && top.doubleValue() < 800, "the notes are in view, at " + top);
        }
    }

    @Test
    void dataNotesFalseLeavesEveryPageWithoutThem() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Seeds.CONTENT, content);
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site, StandardCharsets.UTF_8).replaceFirst("(?m)^publisher:",
                "data_notes: false\npublisher:"), StandardCharsets.UTF_8);
        Path out = temp.resolve("site");
        assertTrue(SiteFiles.build(content, out).published());
        int notes = 0;
        for (String file : SiteFiles.files(out)) {
            if (file.endsWith(".html")) {
                org.jsoup.nodes.Document page = Jsoup.parse(out.resolve(file).toFile(), "UTF-8");
                notes += page.select("aside.data-note").size() + page.select("dl.facts dt:containsOwn(数据说明)").size();
            }
        }
        assertEquals(0, notes);
        long seedNotes = SeedSite.htmlFiles().stream().mapToLong(f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8").select("aside.data-note p").size();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sum();
        assertTrue(seedNotes >= 9, "the seed site, with notes on by default, has " + seedNotes);
    }
}
