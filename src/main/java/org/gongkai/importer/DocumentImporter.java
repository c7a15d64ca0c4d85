package org.gongkai.importer;

import java.util.Optional;
import org.gongkai.content.model.Disclosure;

/**
 * Imports the extracted text of a published 项目支出绩效目标 document into a {@link Disclosure}, keeping every
 * published text verbatim and removing only what text extraction added.
 *
 * <p>Two extraction layouts are understood: one table row per line with tab-separated cells, and one cell per
 * line. What cannot be read is reported as an {@link ImportProblem} with its line, never guessed.
 */
public final class DocumentImporter {

    /**
     * Imports one document.
     *
     * @param text the extracted text of the document
     * @param sourceName the name shown in problems and source positions, such as the text file's name
     * @param officeId the id of the office that published the document
     */
    public ImportResult importDocument(String text, String sourceName, String officeId) {
        Problems problems = new Problems();
        String[] lines = BlockSplitter.lines(text);
        Layout layout = Layout.of(lines);
        BlockSplitter splitter = new BlockSplitter(new TextCleaner(problems));
        BlockCursor cursor = new BlockCursor(splitter.split(lines, layout));
        Optional<Disclosure> disclosure = new DocumentReader(layout, sourceName, problems).read(cursor, officeId);
        return new ImportResult(disclosure, problems.sorted());
    }
}
