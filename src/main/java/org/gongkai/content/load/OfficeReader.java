package org.gongkai.content.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.content.model.Office;

/** Reads an office.yaml, whose id must equal its folder name and whose region must exist. */
final class OfficeReader {

    private static final List<String> KEYS = List.of("id", "name", "region", "code", "introduction");

    private OfficeReader() {}

    static Optional<Office> read(YamlNode root, String folder, Set<String> regionIds, Findings findings) {
        Optional<MapReader> reader = MapReader.of(root, "office.yaml", findings);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = reader.get();
        String id = r.id("id", "单位标识");
        String name = r.text("name", "单位名称");
        String region = r.text("region", "所属区划");
        String code = r.text("code", "部门代码");
        Optional<String> introduction = r.optionalText("introduction", "单位简介");
        r.rejectUnknownKeys(KEYS);
        if (!r.failed() && Office.RESERVED_IDS.contains(id)) {
            r.error("office.reserved-id", r.at(), "单位标识“" + id + "”与网站自身的栏目目录同名（"
                    + String.join("、", Office.RESERVED_IDS.stream().sorted().toList())
                    + "），该单位的页面会与栏目互相覆盖。请换一个标识，例如在后面加上“-office”，并同时修改目录名。");
        }
        if (!r.failed() && !id.equals(folder)) {
            r.error("office.folder-mismatch", r.at(), "单位标识“" + id + "”与所在目录名“" + folder
                    + "”不一致。请把 id 改为“" + folder + "”，或把目录改名为“" + id + "”。");
        }
        if (!r.failed() && !regionIds.contains(region)) {
            r.error("office.unknown-region", r.at(), "所属区划“" + region + "”不在 site.yaml 的 regions 中。"
                    + "请使用已有的区划标识（" + String.join("、", regionIds.stream().sorted().toList())
                    + "），或在 site.yaml 中添加该区划。");
        }
        return r.failed() ? Optional.empty() : Optional.of(new Office(id, name, region, code, introduction, r.at()));
    }
}
