package org.fazhi.org.imports;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.write.style.ContentStyle;

/** One row of the people import sheet (人员导入模板). */
public class PersonSheetRow {

    @ExcelProperty("姓名")
    private String name;
    @ExcelProperty("所在单位")
    private String unit;
    @ExcelProperty("性别")
    private String gender;
    @ExcelProperty("身份证号")
    @ContentStyle(dataFormat = UnitSheetRow.TEXT)
    private String idNumber;
    @ExcelProperty("手机号")
    @ContentStyle(dataFormat = UnitSheetRow.TEXT)
    private String mobile;
    @ExcelProperty("职务")
    private String position;
    @ExcelProperty("单位负责人")
    private String leader;

    static final String[] REQUIRED = {"姓名", "所在单位"};

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }
}
