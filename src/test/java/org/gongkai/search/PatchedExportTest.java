package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.NoMergePolicy;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.gongkai.generate.CorpusGenerator;
import org.gongkai.generate.CorpusShape;
import org.gongkai.search.web.BrowserIndex;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild's browser export, which keeps the entries of the terms that no changed document holds, works out only
 * the others, and updates the common phrases from the replaced documents alone, equals the export of an index
 * built afresh from the edited content, file for file; and it is made so only when the earlier export numbered
 * the documents alike.
 */
class PatchedExportTest {

    private static final String SEED_FILE = "offices/huainan-szfb/2024.yaml";

    @TempDir
    Path temp;

    @Test
    void anEditedTextKeepsTheOtherEntriesAndEqualsAFreshExport() throws IOException {
        // New words (调整方案), one word gone (公开 in this project's name), and a changed value.
        Result result = rebuild(seed(), SEED_FILE, yaml -> yaml
                .replaceFirst("    name: 政务公开工作专项经费", "    name: 政务调整方案工作专项经费")
                .replaceFirst("公众满意度, ≥90%", "公众满意度, ≥92%"));
        assertTrue(result.patched(), "the earlier export's entries were kept");
        assertTrue(result.kept() > result.written(), "most files were left as published: " + result);
    }

    @Test
    void aRenumberingEditExportsEverythingAgainAndEqualsAFreshExport() throws IOException {
        // A project's id orders its URL, so every later document's number moves.
        Result result = rebuild(seed(), SEED_FILE, yaml -> yaml.replaceFirst("id: fgfgghyshjjdzxjf", "id: zz-fgfgghyshjjdzxjf"));
        assertFalse(result.patched(), "documents numbered otherwise cannot keep their entries");
    }

    @Test
    void noEditKeepsEveryFile() throws IOException {
        Result result = rebuild(seed(), SEED_FILE, null);
        assertTrue(result.patched());
        assertTrue(result.phrasesUpdated());
        assertEquals(0, result.written(), result.toString());
    }

    /** On 320 generated projects, where hundreds of phrases are common: edits that keep, lose and gain them. */
    @Test
    void editsOfCommonPhrasesUpdateThemAsAFreshExportFindsThem() throws IOException {
        Path content = temp.resolve("generated");
        new CorpusGenerator(new CorpusShape(40, 8, 1, 7)).write(content);
        String file;
        try (Stream<Path> years = Files.walk(content.resolve("offices"))) {
            file = content.relativize(years.filter(p -> p.getFileName().toString().matches("\\d{4}\\.yaml"))
                    .sorted().findFirst().orElseThrow()).toString();
        }
        // A value alone: no phrase changes.
        Result value = rebuild(content, file, yaml -> yaml.replaceFirst("≥9(\\d)%", "≥8$1%"));
        assertTrue(value.patched() && value.phrasesUpdated(), value.toString());
        // Two goals' 满意度 become 完成率: common phrases lost and gained, and rare ones gained (成率达, 完成率达到),
        // which are counted anew over the whole index.
        Result gained = rebuild(content, file,
                yaml -> yaml.replaceFirst("满意度", "完成率").replaceFirst("满意度", "完成率"));
        assertTrue(gained.patched() && gained.phrasesUpdated(), gained.toString());
        // Common phrases lost, none gained.
        Result lost = rebuild(content, file,
                yaml -> yaml.replaceFirst("工作质量", "质量完成").replaceFirst("满意度", "资金完成"));
        assertTrue(lost.patched() && lost.phrasesUpdated(), lost.toString());
    }

    private static Path seed() {
        return Seeds.CONTENT;
    }

    /** What the rebuild wrote, and which earlier parts it kept. */
    private record Result(boolean patched, boolean phrasesUpdated, int kept, int written) {}

    /**
     * Builds the content's index and export, edits one year file with {@code edit} (none if null), replaces its
     * documents as an incremental build does, exports again over the first export, and checks the outcome against
     * an export of the edited content built afresh.
     */
    private Result rebuild(Path source, String file, UnaryOperator<String> edit) throws IOException {
        Path content = temp.resolve("content-" + System.nanoTime());
        SiteFiles.copy(source, content);
        ContentLoader before = new ContentLoader(content);
        Catalog catalog = before.catalog(new Findings()).orElseThrow();
        Path work = temp.resolve("work-" + System.nanoTime());
        Path published = work.resolve("published");
        try (SearchIndexWriter first = SearchIndexWriter.create(work.resolve("index"))) {
            for (DisclosureFile f : catalog.disclosures()) {
                add(first, before, catalog, f);
            }
            String note;
            try (DirectoryReader reader = first.reader()) {
                note = BrowserIndex.export(reader, published, Optional.empty(), List.of(), catalog.offices(), 2).note();
            }
            first.commit(note);
        }

        Path edited = content.resolve(file);
        if (edit != null) {
            String yaml = Files.readString(edited, StandardCharsets.UTF_8);
            String changed = edit.apply(yaml);
            assertNotEquals(yaml, changed, "the edit applies to the content");
            Files.writeString(edited, changed, StandardCharsets.UTF_8);
        }
        ContentLoader after = new ContentLoader(content);
        Catalog editedCatalog = after.catalog(new Findings()).orElseThrow();
        DisclosureFile replaced = editedCatalog.disclosures().stream()
                .filter(f -> f.path().toAbsolutePath().equals(edited.toAbsolutePath())).findFirst().orElseThrow();

        Path rebuilt = work.resolve("rebuilt");
        BrowserIndex.Export export;
        // No merges, so that the replaced documents stay in their segment, marked deleted.
        try (SearchIndexWriter update = SearchIndexWriter.update(work.resolve("index"), NoMergePolicy.INSTANCE)) {
            if (edit != null) {
                update.remove(replaced.officeId(), replaced.year());
                add(update, after, editedCatalog, replaced);
            }
            try (DirectoryReader reader = update.reader()) {
                export = BrowserIndex.export(reader, rebuilt, Optional.of(new BrowserIndex.Earlier(published,
                        update.previousExport(), update.changes())), List.of(), editedCatalog.offices(), 2);
            }
        }

        Path fresh = work.resolve("fresh-index");
        try (SearchIndexWriter index = SearchIndexWriter.create(fresh)) {
            for (DisclosureFile f : editedCatalog.disclosures()) {
                add(index, after, editedCatalog, f);
            }
            index.commit("");
        }
        BrowserIndex.export(fresh, work.resolve("fresh-export"), List.of(), editedCatalog.offices(), 2);
        Map<String, byte[]> expected = SiteFiles.snapshot(work.resolve("fresh-export"));

        // The rebuild's outcome: the files it wrote, and the published ones it listed as unchanged.
        Map<String, byte[]> written = Files.isDirectory(rebuilt) ? SiteFiles.snapshot(rebuilt) : Map.of();
        Map<String, byte[]> outcome = new HashMap<>(written);
        Map<String, byte[]> earlier = SiteFiles.snapshot(published);
        for (String kept : export.unchanged()) {
            outcome.put(kept, earlier.get(kept));
        }
        assertEquals(expected.keySet(), outcome.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, outcome.get(name), name));
        return new Result(export.patched(), export.phrasesUpdated(), export.unchanged().size(), written.size());
    }

    private static void add(SearchIndexWriter index, ContentLoader loader, Catalog catalog, DisclosureFile file)
            throws IOException {
        Disclosure d = loader.disclosure(file, new Findings()).orElseThrow();
        Office office = catalog.offices().stream().filter(o -> o.id().equals(d.officeId())).findFirst().orElseThrow();
        index.add(d, office, List.of(office.regionId()), office.regionId(), office.id() + "/" + d.year() + "/");
    }
}
