package org.fazhi.org.units;

import org.fazhi.org.CreditCodes;
import org.fazhi.org.UnitKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a unit's own fields acceptable (单位信息校验), independent of the database: the checks shared by the edit
 * form, the API and the spreadsheet import. Each rule returns a Chinese reason.
 */
public final class UnitRules {

    public static final int MAX_NAME = 100;

    /**
     * Units that are administrative organs or their offices. 村（居）民委员会 are 基层群众性自治组织 and 内设机构 act in
     * the name of their unit, so neither enforces the law nor issues normative documents in its own name.
     */
    private static final Set<UnitKind> NO_ENFORCEMENT = EnumSet.of(UnitKind.VILLAGE, UnitKind.COMMUNITY,
            UnitKind.INTERNAL);
    private static final Set<UnitKind> NORMDOC_ISSUERS = EnumSet.of(UnitKind.GOVERNMENT, UnitKind.DEPARTMENT,
            UnitKind.TOWNSHIP, UnitKind.SUBDISTRICT);

    private UnitRules() {
    }

    /**
     * Problems with a unit's fields.
     *
     * @param parentKind the kind of the unit it sits under, {@code null} for the root of the tree
     */
    public static List<String> check(UnitDraft draft, UnitKind parentKind) {
        List<String> problems = fields(draft);
        if (draft.kind() == null) {
            problems.add("单位类型不正确，可选：县政府、部门、乡镇、街道、村、社区、派出机构、事业单位、内设机构");
            return problems;
        }
        placement(parentKind, draft.kind()).ifPresent(problems::add);
        problems.addAll(flags(draft));
        return problems;
    }

    /** Problems with the fields that do not depend on the kind or the place in the tree. */
    public static List<String> fields(UnitDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.name() == null) {
            problems.add("单位名称不能为空");
        } else if (draft.name().length() > MAX_NAME) {
            problems.add("单位名称不能超过" + MAX_NAME + "个字");
        }
        if (draft.shortName() != null && draft.shortName().length() > 50) {
            problems.add("简称不能超过50个字");
        }
        if (draft.docPrefix() != null && (draft.docPrefix().length() > 20 || draft.docPrefix().matches(".*\\s.*"))) {
            problems.add("发文机关代字不能超过20个字，且不能含空格");
        }
        if (draft.regionCode() != null && !draft.regionCode().matches("\\d{6}|\\d{9}|\\d{12}")) {
            problems.add("行政区划代码应为6位（县）、9位（乡镇街道）或12位（村社区）数字");
        }
        if (draft.creditCode() != null) {
            CreditCodes.problem(draft.creditCode()).ifPresent(problems::add);
        }
        if (draft.sortOrder() < 0 || draft.sortOrder() > 99_999) {
            problems.add("排序号应在0到99999之间");
        }
        return problems;
    }

    /** Whether a unit of kind {@code child} may sit under a unit of kind {@code parent} ({@code null} = root). */
    public static Optional<String> placement(UnitKind parent, UnitKind child) {
        if (parent == null) {
            return child == UnitKind.GOVERNMENT ? Optional.empty()
                    : Optional.of("单位树的根只能是县人民政府");
        }
        if (child == UnitKind.GOVERNMENT) {
            return Optional.of("一个县只有一个县人民政府，它是单位树的根，不能新建或改设为下级单位");
        }
        if (parent == UnitKind.VILLAGE || parent == UnitKind.COMMUNITY) {
            return Optional.of("村（社区）下不能再设下级单位");
        }
        if (parent == UnitKind.INTERNAL && child != UnitKind.INTERNAL) {
            return Optional.of("内设机构下只能设内设机构");
        }
        if ((child == UnitKind.VILLAGE || child == UnitKind.COMMUNITY)
                && parent != UnitKind.TOWNSHIP && parent != UnitKind.SUBDISTRICT) {
            return Optional.of("村、社区的上级单位应为乡镇或街道");
        }
        return Optional.empty();
    }

    /** Problems with the 执法主体, 规范性文件制定主体 and 复议机关 flags for the unit's kind (not {@code null}). */
    public static List<String> flags(UnitDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.reconsiderationBody() && draft.kind() != UnitKind.GOVERNMENT) {
            problems.add("只有县级人民政府是行政复议机关（《中华人民共和国行政复议法》第二十四条），部门、乡镇等不能标为复议机关");
        }
        if (draft.enforcementBody() && NO_ENFORCEMENT.contains(draft.kind())) {
            problems.add("内设机构和村（社区）不能作为行政执法主体（《中华人民共和国行政处罚法》第十七条、第十九条）");
        }
        if (draft.normdocIssuer() && !NORMDOC_ISSUERS.contains(draft.kind())) {
            problems.add("只有县政府、部门和乡镇（街道）可以作为规范性文件制定主体，"
                    + "严禁以内设机构名义制发行政规范性文件（国办发〔2018〕37号）");
        }
        return problems;
    }
}
