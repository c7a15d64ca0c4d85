package org.gongkai.content.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.content.write.DisclosureWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year file holding what other provinces' forms print beyond the seeds' fields: every field reads into the model
 * and is written back as it was, so an imported form survives review and reloading unchanged.
 */
class OtherFormsTest {

    private static final Path YEAR_FILE = Path.of("src/test/resources/loader/other-forms.yaml");

    @TempDir
    Path temp;

    @Test
    void everyFieldOfAnotherTemplateReadsAndWritesBackUnchanged() throws IOException {
        Disclosure d = load();
        assertEquals(Files.readString(YEAR_FILE), new DisclosureWriter().write(d));
    }

    @Test
    void theFieldsHoldWhatTheFormPrinted() throws IOException {
        Project p = load().projects().get(0);
        assertEquals(Optional.of("项目支出绩效目标申报表"), p.form().title());
        assertEquals(Optional.of("专项业务费"), p.form().category());
        assertEquals(Optional.of("农田建设科"), p.form().division());
        assertEquals(Optional.of("三年建成高标准农田3万亩。"), p.form().periodGoal());
        assertEquals(Optional.of("稳定粮食产能。"), p.form().longTermGoal());
        assertEquals(List.of("项目属性 延续项目"), texts(p.form().rows()));
        assertEquals(List.of("填表人 李某", "联系电话 0731-7654321", "审核意见 同意"), texts(p.form().after()));

        Funds f = p.funds();
        assertEquals("元", f.unit());
        assertEquals(List.of("BUDGET 8540000", "FISCAL 8540000", "GENERAL 8000000", "GOVERNMENT_FUND 540000",
                "SUPERIOR 3000000", "OWN 0", "OTHER_INCOME 0"),
                f.sources().stream().map(s -> s.kind() + " " + s.amount().printed()).toList());
        assertEquals(List.of(Funds.Kind.GENERAL, Funds.Kind.GOVERNMENT_FUND),
                f.partsOf(Funds.Kind.FISCAL).stream().map(Funds.Source::kind).toList());
        assertEquals(Optional.of("高标准农田建设400万元,示范建设295万元,畅通工程159万元"), f.note(Funds.TOTAL));

        IndicatorRow plain = p.indicators().get(0);
        assertEquals(IndicatorColumns.NONE, plain.columns());
        IndicatorRow wide = p.indicators().get(1);
        assertEquals(List.of("项目完成指标", "数量指标", "新建机耕道", "12"),
                List.of(wide.level1(), wide.level2(), wide.level3(), wide.value()));
        assertEquals(new IndicatorColumns(Optional.of("按计划完成"), Optional.of("定量"), Optional.of("正向"),
                Optional.of("公里"), Optional.of("10"), Optional.of("以验收为准")), wide.columns());
        assertEquals(34, wide.at().line(), "the row points at its four texts");
        assertEquals("", p.indicators().get(2).level2(), "a template without 二级");
    }

    private static List<String> texts(List<FormRow> rows) {
        return rows.stream().map(r -> r.label() + " " + r.text()).toList();
    }

    private Disclosure load() throws IOException {
        Files.createDirectories(temp.resolve("offices/demo"));
        Files.writeString(temp.resolve("site.yaml"), "title: 站\nbase_url: https://example.org/\npublisher: 甲\nregions:\n  - {id: r, name: 县}\n");
        Files.writeString(temp.resolve("offices/demo/office.yaml"),
                "id: demo\nname: 某县农业农村局\nregion: r\ncode: \"433001\"\n");
        Files.copy(YEAR_FILE, temp.resolve("offices/demo/2023.yaml"));
        Findings findings = new Findings();
        ContentLoader loader = new ContentLoader(temp);
        Catalog catalog = loader.catalog(findings).orElseThrow(() -> new AssertionError(findings.sorted()));
        Disclosure d = loader.disclosure(catalog.disclosures().get(0), findings)
                .orElseThrow(() -> new AssertionError(findings.sorted()));
        assertEquals(List.of(), findings.sorted().stream().map(Finding::format).toList());
        return d;
    }
}
