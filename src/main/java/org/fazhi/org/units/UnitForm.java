package org.fazhi.org.units;

import org.fazhi.org.UnitKind;

/** The unit edit form (单位表单) as posted; a bean because Thymeleaf binds forms through getters and setters. */
public class UnitForm {

    private Long parentId;
    private String name;
    private String shortName;
    private String kind;
    private String regionCode;
    private String creditCode;
    private String docPrefix;
    private boolean enforcementBody;
    private boolean normdocIssuer;
    private boolean reconsiderationBody;
    private Integer sortOrder;
    private Integer version;

    public static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.parentId = unit.parentId();
        form.name = unit.name();
        form.shortName = unit.shortName();
        form.kind = unit.kind().name();
        form.regionCode = unit.regionCode();
        form.creditCode = unit.creditCode();
        form.docPrefix = unit.docPrefix();
        form.enforcementBody = unit.enforcementBody();
        form.normdocIssuer = unit.normdocIssuer();
        form.reconsiderationBody = unit.reconsiderationBody();
        form.sortOrder = unit.sortOrder();
        form.version = unit.version();
        return form;
    }

    /** The normalized draft; an unknown kind becomes {@code null} and is reported by {@link UnitRules}. */
    public UnitDraft draft() {
        UnitKind parsed = kind == null ? null : UnitKind.fromLabel(kind.trim()).orElse(null);
        return new UnitDraft(name, shortName, parsed, regionCode, creditCode, docPrefix, enforcementBody,
                normdocIssuer, reconsiderationBody, sortOrder == null ? 0 : sortOrder);
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

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

    public boolean isEnforcementBody() {
        return enforcementBody;
    }

    public void setEnforcementBody(boolean enforcementBody) {
        this.enforcementBody = enforcementBody;
    }

    public boolean isNormdocIssuer() {
        return normdocIssuer;
    }

    public void setNormdocIssuer(boolean normdocIssuer) {
        this.normdocIssuer = normdocIssuer;
    }

    public boolean isReconsiderationBody() {
        return reconsiderationBody;
    }

    public void setReconsiderationBody(boolean reconsiderationBody) {
        this.reconsiderationBody = reconsiderationBody;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
