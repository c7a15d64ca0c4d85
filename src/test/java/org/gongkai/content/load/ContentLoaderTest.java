package org.gongkai.content.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading the fixture content: exact values, printed precision, and absent fields told apart from empty ones. */
class ContentLoaderTest {

    static Catalog catalog;
    static Disclosure disclosure;

    @BeforeAll
    static void load() {
        ContentLoader loader = new ContentLoader(Path.of("src/test/resources/fixture-site/content"));
        Findings findings = new Findings();
        catalog = loader.catalog(findings).orElseThrow();
        disclosure = loader.disclosure(catalog.disclosures().get(0), findings).orElseThrow();
        assertEquals(0, findings.size(), () -> findings.sorted().toString());
    }

    @Test
    void site() {
        assertEquals("示例公开平台", catalog.site().title());
        assertEquals(Optional.of("3400000099"), catalog.site().siteCode());
        assertEquals(List.of(new Region("demo-province", "示例省", List.of(
                new Region("demo-city", "示例市", List.of()), new Region("empty-city", "无单位市", List.of())))),
                catalog.site().regions());
        assertTrue(catalog.site().about().orElseThrow().startsWith("## 关于"));
    }

    @Test
    void office() {
        assertEquals(1, catalog.offices().size());
        var office = catalog.offices().get(0);
        assertEquals(List.of("demo-office", "示例市人民政府办公室", "demo-city", "007"),
                List.of(office.id(), office.name(), office.regionId(), office.code()));
        assertEquals(2024, catalog.disclosures().get(0).year());
    }

    @Test
    void amountsKeepThePrecisionTheyWerePrintedWith() {
        assertEquals("24.4", disclosure.list().orElseThrow().items().get(0).amount().printed());
        assertEquals("10", disclosure.list().orElseThrow().items().get(1).amount().printed());
        Project hotline = disclosure.projects().get(0);
        assertEquals("24.37", hotline.funds().total().orElseThrow().printed());
        assertEquals(List.of("20.00", "0.00", "0.00", "4.37"), List.of(hotline.funds().fiscal(), hotline.funds().bond(),
                hotline.funds().carryover(), hotline.funds().other()).stream().map(m -> m.orElseThrow().printed()).toList());
        assertEquals("万元", hotline.funds().unit());
    }

    @Test
    void fieldsTheFormDoesNotPrintAreAbsentNotEmpty() {
        Project hotline = disclosure.projects().get(0);
        Project open = disclosure.projects().get(1);
        assertEquals(Optional.of(""), hotline.field());
        assertEquals(Optional.empty(), open.field());
        assertEquals(Optional.of(""), hotline.responsible());
        assertEquals(Optional.empty(), open.responsible());
        assertEquals(Optional.empty(), open.funds().bond());
        assertEquals(Optional.of(""), hotline.period().construction());
        assertEquals(Optional.empty(), open.period().construction());
        assertEquals(Optional.of("1.“热线”运营项目"), hotline.heading());
        assertEquals(Optional.empty(), open.heading());
    }

    @Test
    void disclosureParts() {
        assertEquals(Optional.of(LocalDate.of(2024, 1, 20)), disclosure.approved());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 5)), disclosure.published());
        assertEquals(List.of("注：“保密项目”涉及金额1万元，为涉密项目，不公开。"), disclosure.notes());
        assertEquals("涉密", disclosure.excluded().get(0).reason());
        assertEquals(Optional.of("1"), disclosure.excluded().get(0).amount().map(Money::printed));
        assertEquals(OptionalInt.of(3), disclosure.counts().total());
        assertEquals(OptionalInt.of(1), disclosure.counts().secret());
        var overall = disclosure.overall().orElseThrow();
        assertEquals("示例市人民政府办公室", overall.unitName());
        assertEquals("24.37", overall.sum().orElseThrow().total().printed());
    }

    @Test
    void indicatorRowsKeepSourceOrderEmptyCellsAndPositions() {
        List<IndicatorRow> rows = disclosure.projects().get(0).indicators();
        assertEquals(7, rows.size());
        IndicatorRow cost = rows.get(3);
        assertEquals(List.of("成本指标", "", "接线人员委托业务费", "7.35万元/人"),
                List.of(cost.level1(), cost.level2(), cost.level3(), cost.value()));
        assertTrue(rows.get(4).isEmpty());
        assertFalse(rows.get(5).isEmpty());
        assertTrue(cost.at().file().endsWith("offices/demo-office/2024.yaml"));
        assertEquals(66, cost.at().line());
        assertEquals(9, cost.at().column());
    }

    @Test
    void multiLineGoalKeepsItsLineBreaks() {
        assertEquals("1.巩固热线成果。\n2.提升办理质效 <script>alert(\"x\")</script>。", disclosure.projects().get(0).goal());
    }

    /** Every URL the site writes is the base plus a page, so a base given without its last slash gets one. */
    @Test
    void theBaseUrlEndsInASlashWhetherWrittenSoOrNot(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        for (String written : List.of("https://example.org/budget", "https://example.org/budget/")) {
            java.nio.file.Files.createDirectories(temp.resolve("offices"));
            java.nio.file.Files.writeString(temp.resolve("site.yaml"), "title: 站\nbase_url: " + written
                    + "\npublisher: 甲\nregions:\n  - {id: r, name: 市}\n");
            Findings findings = new Findings();
            Catalog read = new ContentLoader(temp).catalog(findings).orElseThrow();
            assertEquals("https://example.org/budget/", read.site().baseUrl(), written);
        }
    }
}
