package org.fazhi.org.units;

import org.fazhi.org.UnitKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitRulesTests {

    private static UnitDraft draft(UnitKind kind, boolean enforcement, boolean normdoc, boolean reconsideration) {
        return new UnitDraft("示例单位", null, kind, null, null, null, enforcement, normdoc, reconsideration, 0);
    }

    @Test
    @DisplayName("只有县人民政府可以是复议机关（行政复议法第二十四条）")
    void onlyTheGovernmentIsAReconsiderationBody() {
        assertThat(UnitRules.check(draft(UnitKind.GOVERNMENT, false, true, true), null)).isEmpty();
        assertThat(UnitRules.check(draft(UnitKind.DEPARTMENT, true, true, true), UnitKind.GOVERNMENT))
                .singleElement().asString().contains("第二十四条");
    }

    @Test
    @DisplayName("内设机构、村不能作执法主体或规范性文件制定主体")
    void internalOfficesAndVillagesHaveNoPowersOfTheirOwn() {
        assertThat(UnitRules.check(draft(UnitKind.INTERNAL, true, false, false), UnitKind.DEPARTMENT))
                .singleElement().asString().contains("执法主体");
        assertThat(UnitRules.check(draft(UnitKind.INTERNAL, false, true, false), UnitKind.DEPARTMENT))
                .singleElement().asString().contains("37号");
        assertThat(UnitRules.check(draft(UnitKind.VILLAGE, true, false, false), UnitKind.TOWNSHIP)).hasSize(1);
        assertThat(UnitRules.check(draft(UnitKind.AGENCY, true, false, false), UnitKind.DEPARTMENT)).isEmpty();
    }

    @Test
    @DisplayName("树形结构：根只能是县政府，村只能挂在乡镇街道下，村下不能再设单位")
    void placementInTheTree() {
        assertThat(UnitRules.placement(null, UnitKind.DEPARTMENT)).isPresent();
        assertThat(UnitRules.placement(UnitKind.GOVERNMENT, UnitKind.GOVERNMENT)).isPresent();
        assertThat(UnitRules.placement(UnitKind.DEPARTMENT, UnitKind.VILLAGE)).isPresent();
        assertThat(UnitRules.placement(UnitKind.SUBDISTRICT, UnitKind.COMMUNITY)).isEmpty();
        assertThat(UnitRules.placement(UnitKind.VILLAGE, UnitKind.INTERNAL)).isPresent();
        assertThat(UnitRules.placement(UnitKind.INTERNAL, UnitKind.AGENCY)).isPresent();
    }

    @Test
    @DisplayName("信用代码、区划代码、名称长度逐项给出中文原因")
    void fieldsAreCheckedWithChineseReasons() {
        UnitDraft bad = new UnitDraft(" ", null, UnitKind.DEPARTMENT, "12345", "91350100M000100Y44", "示 司", false,
                false, false, -1);
        assertThat(UnitRules.fields(bad)).containsExactly("单位名称不能为空", "发文机关代字不能超过20个字，且不能含空格",
                "行政区划代码应为6位（县）、9位（乡镇街道）或12位（村社区）数字",
                "统一社会信用代码校验码不正确（GB 32100），请核对", "排序号应在0到99999之间");
    }

    @Test
    @DisplayName("单位树把数据范围外的上级单位当作根")
    void treeRootsAreUnitsWhoseParentIsOutOfSight() {
        var tree = UnitTree.build(java.util.List.of(
                new UnitTree.Entry(5, 1L, "/1/", "城关镇", UnitKind.TOWNSHIP),
                new UnitTree.Entry(9, 5L, "/1/5/", "东关社区", UnitKind.COMMUNITY)));
        assertThat(tree).singleElement().satisfies(root -> {
            assertThat(root.name()).isEqualTo("城关镇");
            assertThat(root.children()).extracting(UnitTree.Node::name).containsExactly("东关社区");
        });
        assertThat(UnitTree.options(java.util.List.of(
                new UnitTree.Entry(5, 1L, "/1/", "城关镇", UnitKind.TOWNSHIP),
                new UnitTree.Entry(9, 5L, "/1/5/", "东关社区", UnitKind.COMMUNITY))))
                .extracting(UnitTree.Option::depth).containsExactly(0, 1);
    }
}
