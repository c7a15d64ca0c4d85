package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.NoMergePolicy;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.gongkai.search.web.BrowserIndex;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild's browser export, which keeps the entries of the terms that no changed document holds and works out
 * only the others, equals the export of an index built afresh from the edited content, file for file; and it is
 * made so only when the earlier export numbered the documents alike.
 */
class PatchedExportTest {

    private static final String EDITED = "content/offices/huainan-szfb/2024.yaml";

    @TempDir
    Path temp;

    @Test
    void anEditedTextKeepsTheOtherEntriesAndEqualsAFreshExport() throws IOException {
        // New words (调整方案), one word gone (公开 in this project's name), and a changed value.
        Result result = rebuild(yaml -> yaml
                .replaceFirst("    name: 政务公开工作专项经费", "    name: 政务调整方案工作专项经费")
                .replaceFirst("公众满意度, ≥90%", "公众满意度, ≥92%"));
        assertTrue(result.patched(), "the earlier export's entries were kept");
        assertTrue(result.kept() > result.written(), "most files were left as published: " + result);
    }

    @Test
    void aRenumberingEditExportsEverythingAgainAndEqualsAFreshExport() throws IOException {
        // A project's id orders its URL, so every later document's number moves.
        Result result = rebuild(yaml -> yaml.replaceFirst("id: fgfgghyshjjdzxjf", "id: zz-fgfgghyshjjdzxjf"));
        assertFalse(result.patched(), "documents numbered otherwise cannot keep their entries");
    }

    @Test
    void noEditKeepsEveryFile() throws IOException {
        Result result = rebuild(UnaryOperator.identity());
        assertTrue(result.patched());
        assertEquals(0, result.written(), result.toString());
    }

    /** What the rebuild wrote, and whether it kept the earlier export's entries. */
    private record Result(boolean patched, int kept, int written) {}

    /**
     * Builds the seed content's index and export, edits one year file with {@code edit}, replaces its documents
     * as an incremental build does, exports again over the first export, and checks the outcome against an
     * export of the edited content built afresh.
     */
    private Result rebuild(UnaryOperator<String> edit) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Seeds.CONTENT, content);
        ContentLoader before = new ContentLoader(content);
        Catalog catalog = before.catalog(new Findings()).orElseThrow();
        Path published = temp.resolve("published");
        String note;
        try (SearchIndexWriter first = SearchIndexWriter.create(temp.resolve("index"))) {
            for (DisclosureFile file : catalog.disclosures()) {
                add(first, before, catalog, file);
            }
            try (DirectoryReader reader = first.reader()) {
                note = BrowserIndex.export(reader, published, Optional.empty(), List.of(), catalog.offices(), 2).note();
            }
            first.commit(note);
        }

        Path edited = content.resolve(Seeds.CONTENT.relativize(Path.of(EDITED)));
        String yaml = Files.readString(edited, StandardCharsets.UTF_8);
        String changed = edit.apply(yaml);
        if (edit != UnaryOperator.<String>identity()) {
            assertTrue(!changed.equals(yaml), "the edit applies to the seed");
        }
        Files.writeString(edited, changed, StandardCharsets.UTF_8);
        ContentLoader after = new ContentLoader(content);
        Catalog editedCatalog = after.catalog(new Findings()).orElseThrow();
        DisclosureFile file = editedCatalog.disclosures().stream()
                .filter(f -> f.path().toAbsolutePath().equals(edited.toAbsolutePath())).findFirst().orElseThrow();

        Path rebuilt = temp.resolve("rebuilt");
        BrowserIndex.Export export;
        // No merges, so that the replaced documents stay in their segment, marked deleted.
        try (SearchIndexWriter update = SearchIndexWriter.update(temp.resolve("index"), NoMergePolicy.INSTANCE)) {
            if (edit != UnaryOperator.<String>identity()) {
                update.remove(file.officeId(), file.year());
                add(update, after, editedCatalog, file);
            }
            try (DirectoryReader reader = update.reader()) {
                export = BrowserIndex.export(reader, rebuilt, Optional.of(new BrowserIndex.Earlier(published,
                        update.previousExport(), update.changedTerms())), List.of(), editedCatalog.offices(), 2);
            }
        }

        Path fresh = temp.resolve("fresh-index");
        try (SearchIndexWriter index = SearchIndexWriter.create(fresh)) {
            for (DisclosureFile f : editedCatalog.disclosures()) {
                add(index, after, editedCatalog, f);
            }
            index.commit("");
        }
        BrowserIndex.export(fresh, temp.resolve("fresh-export"), List.of(), editedCatalog.offices(), 2);
        Map<String, byte[]> expected = SiteFiles.snapshot(temp.resolve("fresh-export"));

        // The rebuild's outcome: the files it wrote, and the published ones it listed as unchanged.
        Map<String, byte[]> written = Files.isDirectory(rebuilt) ? SiteFiles.snapshot(rebuilt) : Map.of();
        Map<String, byte[]> outcome = new HashMap<>(written);
        Map<String, byte[]> earlier = SiteFiles.snapshot(published);
        for (String kept : export.unchanged()) {
            outcome.put(kept, earlier.get(kept));
        }
        assertEquals(expected.keySet(), outcome.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, outcome.get(name), name));
        return new Result(export.patched(), export.unchanged().size(), written.size());
    }

    private static void add(SearchIndexWriter index, ContentLoader loader, Catalog catalog, DisclosureFile file)
            throws IOException {
        Disclosure d = loader.disclosure(file, new Findings()).orElseThrow();
        Office office = catalog.offices().stream().filter(o -> o.id().equals(d.officeId())).findFirst().orElseThrow();
        index.add(d, office, List.of(office.regionId()), office.regionId(), office.id() + "/" + d.year() + "/");
    }
}
