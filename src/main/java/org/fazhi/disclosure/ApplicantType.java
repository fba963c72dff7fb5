package org.fazhi.disclosure;

/**
 * Applicant type (申请人类型) = the columns of Table 三 of the annual report (国办公开办函〔2021〕30号):
 * 自然人; 法人或其他组织 {商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他}.
 */
public enum ApplicantType {
    NATURAL_PERSON("自然人", true),
    COMMERCIAL("商业企业", false),
    RESEARCH("科研机构", false),
    NONPROFIT("社会公益组织", false),
    LEGAL_SERVICE("法律服务机构", false),
    OTHER_ORG("其他", false);

    private final String label;
    private final boolean person;

    ApplicantType(String label, boolean person) {
        this.label = label;
        this.person = person;
    }

    public String label() {
        return label;
    }

    /** Whether the applicant is a natural person (its identity is an ID card, not a credit code). */
    public boolean person() {
        return person;
    }

    /** The heading in the report and in lists: 其他 alone is ambiguous outside the table. */
    public String longLabel() {
        return person ? label : "法人或其他组织·" + label;
    }
}
