package org.gongkai.site.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The comparison keys of every seed project name, and of names that differ only in year, place or ending. */
class NameKeyTest {

    static final List<String> HUAINAN = List.of("安徽省", "淮南市", "淮南市人民政府办公室");
    static final List<String> HUAIYUAN = List.of("安徽省", "蚌埠市", "怀远县", "怀远县人民政府办公室");
    static final List<String> LUAN = List.of("安徽省", "六安市", "六安市人民政府办公室");
    static final List<String> YEJI = List.of("安徽省", "六安市", "叶集区", "六安市叶集区人民政府办公室");

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(HUAINAN, "“放管服”改革和营商环境监督专项经费", "yingshang-huanjing"),
                Arguments.of(HUAINAN, "政务公开工作专项经费", "zhengwu-gongkai"),
                Arguments.of(HUAINAN, "政策研究及落实情况监督检查工作经费", "政策研究及落实情况监督检查"),
                Arguments.of(HUAINAN, "市本级因公出国(境)经费", "waishi"),
                Arguments.of(HUAINAN, "12345政务热线服务项目", "rexian"),
                Arguments.of(HUAINAN, "行政管理事务专项经费", "行政管理事务"),
                Arguments.of(HUAINAN, "政府公报专项费用", "政府公报"),
                Arguments.of(HUAINAN, "外事工作专项经费", "waishi"),
                Arguments.of(HUAINAN, "政务信息工作专项信息", "政务信息工作专项信息"),
                Arguments.of(HUAINAN, "政府网站安全运行专项经费", "zhengfu-wangzhan"),
                Arguments.of(HUAIYUAN, "督查考核专项经费项目", "ducha"),
                Arguments.of(HUAIYUAN, "副县以上退休及在职职工活动项目", "副县以上退休及在职职工活动"),
                Arguments.of(HUAIYUAN, "怀远县行政办公中心物业管理项目", "行政办公中心物业管理"),
                Arguments.of(HUAIYUAN, "县领导食宿经费项目", "县领导食宿"),
                Arguments.of(HUAIYUAN, "县政府总值班室工作经费项目", "县政府总值班室"),
                Arguments.of(HUAIYUAN, "信息化建设项目", "信息化建设"),
                Arguments.of(HUAIYUAN, "行政办公中心水电费及维修费用项目", "行政办公中心水电费及维修"),
                Arguments.of(HUAIYUAN, "营商环境效能评议及评价考核项目", "yingshang-huanjing"),
                Arguments.of(HUAIYUAN, "政务服务便民热线", "rexian"),
                Arguments.of(HUAIYUAN, "智能化设备(常务会议和视频会议)运行维护项目", "智能化设备(常务会议和视频会议)运行维护"),
                Arguments.of(LUAN, "六安市12345政务服务便民热线接线服务项目", "rexian"),
                Arguments.of(LUAN, "应急、督查、外事工作经费", "ducha waishi"),
                Arguments.of(LUAN, "政府网站和政务新媒体信息内容服务经费", "zhengfu-wangzhan"),
                Arguments.of(LUAN, "政府专题调研经费", "政府专题调研"),
                Arguments.of(LUAN, "政府领导内部刊物及市长协会经费", "政府领导内部刊物及市长协会"),
                Arguments.of(LUAN, "政府接待慰问专项经费", "政府接待慰问"),
                Arguments.of(LUAN, "政府信息公开经费", "zhengwu-gongkai"),
                Arguments.of(LUAN, "营商环境工作经费", "yingshang-huanjing"),
                Arguments.of(LUAN, "政府会议专项经费", "政府会议"),
                Arguments.of(LUAN, "政府文印专项经费", "政府文印"),
                Arguments.of(LUAN, "新闻发布厅等运维经费", "新闻发布厅等运维"),
                Arguments.of(LUAN, "联络专项经费（驻深办）", "联络专项经费(驻深办)"),
                Arguments.of(YEJI, "机关业务专项经费", "机关业务"),
                Arguments.of(YEJI, "四最营商环境(四送一服)专项工作经费", "yingshang-huanjing"),
                Arguments.of(YEJI, "政府公开工作专项经费", "zhengwu-gongkai"),
                Arguments.of(YEJI, "防范非法集资工作专项经费", "防范非法集资"),
                Arguments.of(YEJI, "金融发展专项经费", "金融发展"),
                // Year, own place names in either form, quotes and stacked endings all go.
                Arguments.of(LUAN, "2024年度六安市政府会议专项经费", "政府会议"),
                Arguments.of(LUAN, "六安政府会议经费项目", "政府会议"),
                Arguments.of(LUAN, "“政府会议”工作经费", "政府会议"),
                // Another office's place is part of the name: only the office's own places are dropped.
                Arguments.of(HUAINAN, "六安政府会议经费项目", "六安政府会议"),
                // A name of endings only keeps itself rather than becoming empty.
                Arguments.of(LUAN, "专项经费", "专项经费"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("names")
    void keyOfName(List<String> places, String name, String expected) {
        List<GroupKey> keys = NameKey.of(name, places);
        assertEquals(expected, String.join(" ", keys.stream()
                .map(k -> k.id().startsWith("n-") ? k.label() : k.id()).toList()));
    }

    @Test
    void equalStrippedNamesShareAnIdAndOthersDoNot() {
        GroupKey a = NameKey.of("2025年政府会议专项经费", LUAN).get(0);
        GroupKey b = NameKey.of("政府会议经费", HUAINAN).get(0);
        GroupKey c = NameKey.of("政府文印经费", HUAINAN).get(0);
        assertEquals(a.id(), b.id());
        assertNotEquals(a.id(), c.id());
        assertEquals(true, a.id().matches("n-[0-9a-f]{10}"), a.id());
    }
}
