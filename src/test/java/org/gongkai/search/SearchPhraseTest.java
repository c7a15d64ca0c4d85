package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.output.WorkFolder;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exactness check: a Han clause matches only where its characters stand together, never where its bigrams
 * merely all occur, and a phrase never joins the end of one indicator row to the start of the next.
 */
class SearchPhraseTest {

    @TempDir
    static Path temp;

    static SearchIndex index;

    @BeforeAll
    static void build() throws IOException {
        Path content = temp.resolve("content");
        Path office = content.resolve("offices/o");
        Files.createDirectories(office);
        write(content.resolve("site.yaml"), "title: 站\nbase_url: https://e.org/\npublisher: 甲\nregions:\n  - {id: r, name: 市}\n");
        write(office.resolve("office.yaml"), "id: o\nname: 单位\nregion: r\ncode: \"1\"\n");
        write(office.resolve("2024.yaml"), """
                year: 2024
                projects:
                  - id: together
                    name: 群众满意度调查
                    department: {name: 单位}
                    funds: {total: 1}
                  - id: apart
                    name: 服务满意，注意度高
                    department: {name: 单位}
                    funds: {total: 1}
                  - id: rows
                    name: 甲
                    department: {name: 单位}
                    funds: {total: 1}
                    indicators:
                      - [产出指标, 数量指标, 培训 apec, 1次]
                      - [产出指标, 数量指标, 商务活动, 2次]
                """);
        Path site = temp.resolve("site");
        assertTrue(SiteFiles.build(content, site).published());
        index = SearchIndex.open(WorkFolder.of(site).searchIndex());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> projects(String q) throws IOException {
        return index.search(new SearchRequest(SearchQuery.parse(q), SearchRequest.Mode.PROJECTS, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100)).stream()
                .map(SearchHit::url).toList();
    }

    @Test
    void hanClauseMatchesOnlyWhereItsCharactersStandTogether() throws IOException {
        assertEquals(List.of("o/2024/together/"), projects("满意度"));
        assertEquals(java.util.Set.of("o/2024/apart/", "o/2024/together/"), java.util.Set.copyOf(projects("满意")));
        assertEquals(List.of("o/2024/together/"), projects("\"满意度\""));
    }

    @Test
    void aPhraseDoesNotJoinTwoIndicatorRows() throws IOException {
        assertEquals(List.of(), projects("\"apec 商务\""));
        assertEquals(List.of("o/2024/rows/"), projects("apec 商务"), "unquoted, the two words may stand apart");
        assertEquals(List.of("o/2024/rows/"), projects("\"商务活动\""));
    }

    @Test
    void fullWidthLatinIsTheSameTerm() throws IOException {
        assertEquals(List.of("o/2024/rows/"), projects("ＡＰＥＣ"));
        assertEquals(List.of(), projects("\"ＡＰＥＣ 商务\""));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
