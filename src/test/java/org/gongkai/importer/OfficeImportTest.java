package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Word or Excel file or a saved web page imports to the same year file as the text of the same document:
 * luan-2026.docx, .xlsx, .xls, .html and .sheet.html reproduce the first two tables of seed 000 (六安市人民政府办公室,
 * 2026) with their merged cells, and luan-2026.txt is those lines of the seed, verbatim.
 */
class OfficeImportTest {

    private static final Path OFFICE = Path.of("src/test/resources/importer/office");

    @ParameterizedTest
    @ValueSource(strings = {"luan-2026.docx", "luan-2026.doc", "luan-2026.xlsx", "luan-2026.xls", "luan-2026.html",
        "luan-2026.sheet.html"})
    void importsToTheSameYearFileAsItsText(String name) throws IOException, DocumentImporter.Unreadable {
        String text = Files.readString(OFFICE.resolve("luan-2026.txt"), StandardCharsets.UTF_8);
        ImportResult fromText = new DocumentImporter().importDocument(text, "luan-2026.txt", "luan-szfb");
        assertTrue(fromText.isClean(), () -> fromText.problems().toString());
        ImportResult fromFile = new DocumentImporter().importFile(OFFICE.resolve(name), name, "luan-szfb",
                OptionalInt.empty());
        assertEquals(fromText.problems(), fromFile.problems());
        assertEquals(ImportReport.forReview(fromText, "luan-2026.txt"), ImportReport.forReview(fromFile, name)
                .replace(name, "luan-2026.txt"));
    }

    /**
     * huaiyuan-2024's spreadsheets are left out: LibreOffice's HTML import dropped the 0.0 format of its list
     * amounts (18.0 shows as 18 in them), so they no longer print what the document printed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"yeji-2024"})
    void theWordAndExcelFilesOfOneDocumentImportAlike(String document) throws DocumentImporter.Unreadable {
        String docx = review(document + ".docx");
        assertTrue(docx.startsWith("year: 2024\noverall:\n"), "imported whole, without a report: " + docx);
        assertEquals(docx, review(document + ".doc"));
        assertEquals(docx, review(document + ".xlsx"));
        assertEquals(docx, review(document + ".xls"));
        assertEquals(docx, review(document + ".html"));
        assertEquals(docx, review(document + ".sheet.html"));
    }

    /** The web page a Word file was made from imports as the Word file does, report and all. */
    @ParameterizedTest
    @ValueSource(strings = {"luan-2026", "huaiyuan-2024", "yeji-2024"})
    void aWebPageImportsAsItsWordFileDoes(String document) throws DocumentImporter.Unreadable {
        assertEquals(review(document + ".docx"), review(document + ".html"));
    }

    private static String review(String name) throws DocumentImporter.Unreadable {
        ImportResult result = new DocumentImporter().importFile(OFFICE.resolve(name), name, "x", OptionalInt.empty());
        return ImportReport.forReview(result, "document");
    }
}
