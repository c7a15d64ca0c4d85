package org.gongkai.content.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.content.model.Contact;
import org.gongkai.content.model.Region;
import org.gongkai.content.model.Site;
import org.gongkai.content.model.SourcePosition;

/** Reads site.yaml: settings and the region tree, whose ids must be unique across the whole tree. */
final class SiteReader {

    private static final List<String> KEYS =
            List.of("title", "base_url", "publisher", "contact", "site_code", "icp", "licence", "data_notes", "regions");

    private static final Pattern BASE_URL =
            Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?");

    private SiteReader() {}

    static Optional<Site> read(YamlNode root, Optional<String> about, Findings findings) {
        Optional<MapReader> reader = MapReader.of(root, "site.yaml", findings);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = reader.get();
        String title = r.text("title", "站点名称");
        String baseUrl = r.text("base_url", "站点地址");
        if (!baseUrl.isEmpty() && !BASE_URL.matcher(baseUrl).matches()) {
            r.error("site.base-url", r.at(), "站点地址 base_url“" + baseUrl + "”不是有效的网址。请写完整地址，例如 https://example.org/ 或 https://example.org/budget/。");
        }
        String publisher = r.text("publisher", "主办单位");
        Contact contact = r.optionalMap("contact", "联系方式").map(SiteReader::contact).orElse(Contact.NONE);
        Optional<String> siteCode = r.optionalText("site_code", "网站标识码");
        Optional<String> icp = r.optionalText("icp", "ICP备案号");
        Optional<String> licence = r.optionalText("licence", "数据使用许可");
        boolean dataNotes = r.flag("data_notes", "数据说明（data_notes）", true);
        Map<String, SourcePosition> seen = new HashMap<>();
        List<Region> regions = regions(r.list("regions", "行政区划"), seen, r);
        if (!r.has("regions")) {
            r.error("field.missing", r.at(), "site.yaml 缺少必填字段“regions”（行政区划树）。请至少列出一个区划，例如：\n"
                    + "regions:\n  - id: anhui\n    name: 安徽省");
        }
        r.rejectUnknownKeys(KEYS);
        if (r.failed()) {
            return Optional.empty();
        }
        // Every URL the site writes is the base plus a page path, so the base ends in a slash, said or not.
        String base = baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return Optional.of(new Site(title, base, publisher, contact, siteCode, icp, regions, about, licence, dataNotes));
    }

    private static Contact contact(MapReader r) {
        Contact c = new Contact(r.optionalText("phone", "联系电话"), r.optionalText("email", "电子邮箱"),
                r.optionalText("address", "通信地址"));
        r.rejectUnknownKeys(List.of("phone", "email", "address"));
        return c;
    }

    private static List<Region> regions(List<YamlNode> nodes, Map<String, SourcePosition> seen, MapReader parent) {
        List<Region> regions = new ArrayList<>();
        for (YamlNode node : nodes) {
            Optional<MapReader> reader = parent.nested(node, "区划");
            if (reader.isEmpty()) {
                continue;
            }
            MapReader r = reader.get();
            String id = r.id("id", "区划标识");
            String name = r.text("name", "区划名称");
            List<Region> children = regions(r.list("children", "下级区划"), seen, r);
            r.rejectUnknownKeys(List.of("id", "name", "children"));
            SourcePosition first = seen.putIfAbsent(id, r.at());
            if (first != null) {
                r.error("id.duplicate", r.at(), "区划标识“" + id + "”重复（第一次在第 " + first.line() + " 行）。每个区划的 id 必须唯一。");
            }
            regions.add(new Region(id, name, children));
        }
        return regions;
    }
}
