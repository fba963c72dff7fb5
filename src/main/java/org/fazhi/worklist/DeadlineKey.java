package org.fazhi.worklist;

/**
 * Identity of a to-do item (待办标识): which deadline of which record in which county.
 */
public record DeadlineKey(String countyCode, String sourceModule, String sourceType, String sourceId, String kind) {

    public DeadlineKey {
        check(countyCode, sourceModule, sourceType, sourceId, kind);
    }

    static void check(String countyCode, String sourceModule, String sourceType, String sourceId, String kind) {
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("县级行政区划代码必须是 6 位数字：" + countyCode);
        }
        require(sourceModule, 32, "来源模块");
        require(sourceType, 64, "来源记录类型");
        require(sourceId, 64, "来源记录标识");
        require(kind, 64, "期限种类");
    }

    private static void require(String value, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(what + "不能为空且不超过 " + max + " 个字符");
        }
    }
}
