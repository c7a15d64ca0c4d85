package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.apache.lucene.index.NoMergePolicy;
import org.gongkai.search.web.BrowserIndex;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser export of an index in which disclosures were replaced, their old documents still in its segments
 * marked deleted, equals the export of an index built afresh from the same disclosures, file for file.
 */
class DeletedDocumentsExportTest {

    @TempDir
    Path temp;

    @Test
    void replacedDisclosuresLeaveNoTraceInTheExport() throws IOException {
        ContentLoader loader = new ContentLoader(Seeds.CONTENT);
        Findings findings = new Findings();
        Catalog catalog = loader.catalog(findings).orElseThrow();

        try (SearchIndexWriter fresh = SearchIndexWriter.create(temp.resolve("fresh"))) {
            addAll(fresh, loader, catalog);
            fresh.commit("");
        }
        try (SearchIndexWriter first = SearchIndexWriter.create(temp.resolve("replaced"))) {
            addAll(first, loader, catalog);
            first.commit("");
        }
        Map<String, byte[]> replacedFiles;
        // No merges, so that the old documents stay in their segment, marked deleted, as Lucene may leave them.
        try (SearchIndexWriter replaced = SearchIndexWriter.update(temp.resolve("replaced"), NoMergePolicy.INSTANCE)) {
            // Two disclosures out and in again, as an incremental build replaces edited ones.
            for (DisclosureFile file : catalog.disclosures().subList(0, 2)) {
                replaced.remove(file.officeId(), file.year());
                add(replaced, loader, catalog, file);
            }
            try (DirectoryReader reader = replaced.reader()) {
                assertTrue(reader.numDocs() < reader.maxDoc(), "the replaced documents are still in the index");
                BrowserIndex.export(reader, temp.resolve("replaced-export"), Optional.empty(), List.of(),
                        catalog.offices(), 2);
            }
            replacedFiles = SiteFiles.snapshot(temp.resolve("replaced-export"));
        }
        BrowserIndex.export(temp.resolve("fresh"), temp.resolve("fresh-export"), List.of(), catalog.offices(), 2);
        Map<String, byte[]> freshFiles = SiteFiles.snapshot(temp.resolve("fresh-export"));

        assertEquals(freshFiles.keySet(), replacedFiles.keySet());
        freshFiles.forEach((file, bytes) -> assertArrayEquals(bytes, replacedFiles.get(file), file));
    }

    private static void addAll(SearchIndexWriter index, ContentLoader loader, Catalog catalog) throws IOException {
        for (DisclosureFile file : catalog.disclosures()) {
            add(index, loader, catalog, file);
        }
    }

    private static void add(SearchIndexWriter index, ContentLoader loader, Catalog catalog, DisclosureFile file)
            throws IOException {
        Disclosure d = loader.disclosure(file, new Findings()).orElseThrow();
        Office office = catalog.offices().stream().filter(o -> o.id().equals(d.officeId())).findFirst().orElseThrow();
        index.add(d, office, List.of(office.regionId()), office.regionId(), office.id() + "/" + d.year() + "/");
    }
}
