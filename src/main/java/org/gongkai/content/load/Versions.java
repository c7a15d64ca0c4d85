package org.gongkai.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.SourcePosition;

/**
 * Where a year file's text stands among the versions of its document: the current text, whose {@code corrections}
 * name the earlier versions kept in {@code earlier/}, or one of those earlier versions, which names none. The two
 * read alike except for the year they must state and what they may say of corrections.
 */
sealed interface Versions permits Versions.Current, Versions.Earlier {

    /** The fields of a correction entry. */
    List<String> CORRECTION_KEYS = List.of("version", "date", "note");

    /** The budget year the file must state. */
    int year();

    /** Reports a {@code year:} that is not {@link #year()}. */
    void yearMismatch(MapReader r, int written);

    /** The file's corrections, oldest first, each with the earlier version it replaced. */
    List<Correction> corrections(MapReader r);

    /** Checks the projects' ids against the versions' own URL segments. */
    void projectIds(List<Project> projects, MapReader r);

    /** Reads the earlier versions a current year file names. */
    @FunctionalInterface
    interface Source {
        /** Version {@code version}, named at {@code namedAt}; empty when it is missing or has errors, both reported. */
        Optional<Disclosure> read(int version, SourcePosition namedAt);
    }

    /** The current text of a year file. */
    record Current(DisclosureFile file, Source earlier) implements Versions {

        @Override
        public int year() {
            return file.year();
        }

        @Override
        public void yearMismatch(MapReader r, int written) {
            r.error("disclosure.year-mismatch", r.at(), "预算年度 year: " + written + " 与文件名“" + file.year()
                    + ".yaml”不一致。请修改其中之一，使两者相同。");
        }

        @Override
        public List<Correction> corrections(MapReader r) {
            List<YamlNode> nodes = r.list("corrections", "更正记录");
            List<Correction> corrections = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                int position = i + 1;
                r.nested(nodes.get(i), "更正记录").flatMap(c -> correction(c, position)).ifPresent(corrections::add);
            }
            return corrections;
        }

        /**
         * Entry {@code position} (from 1), which replaced version {@code position}. That version is read even when
         * the entry itself is wrong, so that one run reports both.
         */
        private Optional<Correction> correction(MapReader c, int position) {
            int version = c.count("version", "版本号");
            boolean readable = c.optionalText("version", "版本号").filter(t -> t.trim().matches("\\d{1,9}")).isPresent();
            if (readable && version != position) {
                c.error("correction.version", c.positionOf("version"), "第 " + position + " 条更正的 version 应为 "
                        + position + "，实际为 " + version + "。更正按时间先后排列：第 1 条更正的是最初公开的第 1 版，"
                        + "第 2 条更正的是第 1 次更正后的第 2 版，以此类推；第 n 版的原文保存为 earlier/" + file.year()
                        + "-n.yaml。请按时间先后排列更正，并改正 version。");
            }
            Optional<LocalDate> date = c.date("date", "更正日期");
            Optional<String> note = c.optionalText("note", "更正说明").filter(n -> !n.isBlank());
            if (note.isEmpty()) {
                c.error("correction.note-missing", c.has("note") ? c.positionOf("note") : c.at(), "第 " + position
                        + " 条更正缺少更正说明（note）。更正说明是公开记录的一部分，读者据此知道改了什么：请按更正公告原文照录，"
                        + "例如：note: 第 3 页“热线运营项目”的指标值由“≥9万件”更正为“≥90万件”。");
            }
            c.rejectUnknownKeys(CORRECTION_KEYS);
            Optional<Disclosure> replaced = earlier.read(position, c.positionOf("version"));
            if (replaced.isEmpty()) {
                c.markFailed();
            }
            if (c.failed() || replaced.isEmpty() || date.isEmpty() || note.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Correction(position, date.get(), note.get(), replaced.get(), c.at(),
                    c.positionOf("date")));
        }

        /** An earlier version is published at {@code <year>/v<n>/}, where a project called v<n> would stand. */
        @Override
        public void projectIds(List<Project> projects, MapReader r) {
            int versions = r.list("corrections", "更正记录").size();
            for (Project p : projects) {
                if (p.id().matches("v[1-9][0-9]{0,8}") && Integer.parseInt(p.id().substring(1)) <= versions) {
                    r.error("correction.id-clash", p.at(), "项目标识“" + p.id() + "”与第 " + p.id().substring(1)
                            + " 版（更正前的文本）的网址 " + file.officeId() + "/" + file.year() + "/" + p.id()
                            + "/ 相同，两个页面会互相覆盖。请给该项目换一个标识，例如“" + p.id() + "-xm”。");
                }
            }
        }
    }

    /** An earlier version of {@code current}, kept in {@code file}. */
    record Earlier(DisclosureFile current, DisclosureFile.Earlier file) implements Versions {

        @Override
        public int year() {
            return current.year();
        }

        @Override
        public void yearMismatch(MapReader r, int written) {
            r.error("correction.earlier-year", r.positionOf("year"), "早先版本的预算年度 year: " + written + " 与现行文件 "
                    + current.shownAs() + "（" + current.year() + " 年度）不同。早先版本应是同一份公开文件更正前的原文："
                    + "请核对是否放错了文件。");
        }

        @Override
        public List<Correction> corrections(MapReader r) {
            if (r.has("corrections")) {
                r.error("correction.in-earlier", r.positionOf("corrections"), "早先版本中不写 corrections：全部更正记录只写在现行文件 "
                        + current.shownAs() + " 中。请删除这里的 corrections。");
            }
            return List.of();
        }

        @Override
        public void projectIds(List<Project> projects, MapReader r) {
            // An earlier version's pages are one level down, below its own v<n>/ folder: nothing there to meet.
        }
    }
}
