package org.fazhi.org.people;

/** The person edit form (人员表单) as posted; a bean so that Thymeleaf can bind it. */
public class PersonForm {

    private Long unitId;
    private String name;
    private String gender;
    private String idNumber;
    private String mobile;
    private String position;
    private boolean leader;
    private String status;
    private Integer version;

    /** A form showing the person as read (identity number and mobile masked unless the reader may see them). */
    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.unitId = person.unitId();
        form.name = person.name();
        form.gender = person.gender();
        form.idNumber = person.idNumber();
        form.mobile = person.mobile();
        form.position = person.position();
        form.leader = person.leader();
        form.status = person.status();
        form.version = person.version();
        return form;
    }

    public PersonDraft draft() {
        return new PersonDraft(name, gender, idNumber, mobile, position, leader);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public boolean isLeader() {
        return leader;
    }

    public void setLeader(boolean leader) {
        this.leader = leader;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
