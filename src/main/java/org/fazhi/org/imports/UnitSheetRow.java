package org.fazhi.org.imports;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.write.style.ContentStyle;

/** One row of the unit import sheet (单位导入模板). Every cell is read as text and checked by {@link UnitImport}. */
public class UnitSheetRow {

    /** Excel's built-in "text" cell format, so that long codes are not turned into numbers. */
    static final short TEXT = 49;

    @ExcelProperty("单位名称")
    private String name;
    @ExcelProperty("简称")
    private String shortName;
    @ExcelProperty("单位类型")
    private String kind;
    @ExcelProperty("上级单位")
    private String parent;
    @ExcelProperty("行政区划代码")
    @ContentStyle(dataFormat = TEXT)
    private String regionCode;
    @ExcelProperty("统一社会信用代码")
    @ContentStyle(dataFormat = TEXT)
    private String creditCode;
    @ExcelProperty("发文机关代字")
    private String docPrefix;
    @ExcelProperty("行政执法主体")
    private String enforcementBody;
    @ExcelProperty("规范性文件制定主体")
    private String normdocIssuer;
    @ExcelProperty("行政复议机关")
    private String reconsiderationBody;
    @ExcelProperty("排序号")
    private String sortOrder;

    static final String[] REQUIRED = {"单位名称", "单位类型", "上级单位"};

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getDocPrefix() {
        return docPrefix;
    }

    public void setDocPrefix(String docPrefix) {
        this.docPrefix = docPrefix;
    }

    public String getEnforcementBody() {
        return enforcementBody;
    }

    public void setEnforcementBody(String enforcementBody) {
        this.enforcementBody = enforcementBody;
    }

    public String getNormdocIssuer() {
        return normdocIssuer;
    }

    public void setNormdocIssuer(String normdocIssuer) {
        this.normdocIssuer = normdocIssuer;
    }

    public String getReconsiderationBody() {
        return reconsiderationBody;
    }

    public void setReconsiderationBody(String reconsiderationBody) {
        this.reconsiderationBody = reconsiderationBody;
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }
}
