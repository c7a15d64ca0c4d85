package org.gongkai.importer;

import java.util.List;
import org.gongkai.content.write.DisclosureWriter;

/**
 * What an import gives the publisher to review: the year file, headed by comments naming every part of the
 * document that could not be placed, each with its line or cell, so the gaps are seen where the content is.
 */
public final class ImportReport {

    private ImportReport() {}

    /** The comment lines naming what {@code result} could not place; none when it placed everything. */
    public static String comments(ImportResult result, String sourceName) {
        List<ImportProblem> problems = result.problems();
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# 导入报告：从 ").append(sourceName).append(" 导入时，以下 ").append(problems.size())
                .append(" 处需要对照原文核对：未能放入本文件的内容，或已照录但需要确认的内容。核对后删除这段说明。\n");
        for (ImportProblem p : problems) {
            for (String line : p.toString().split("\n")) {
                sb.append("#   ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The year file for review: the comments, then the YAML; only the comments when nothing could be read. */
    public static String forReview(ImportResult result, String sourceName) {
        String yaml = result.disclosure().map(d -> new DisclosureWriter().write(d)).orElse("");
        return comments(result, sourceName) + yaml;
    }
}
