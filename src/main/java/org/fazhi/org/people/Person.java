package org.fazhi.org.people;

/**
 * A person (人员) as lists and the API show them. {@code idNumber} and {@code mobile} are masked unless the reader
 * holds {@code org:person:pii}.
 *
 * @param status {@code ACTIVE} (在职) or {@code LEFT} (离职; the row is kept)
 */
public record Person(long id, String countyCode, long unitId, String unitName, String name, String gender,
                     String idNumber, String mobile, String position, boolean leader, String status, int version) {

    public static final String ACTIVE = "ACTIVE";
    public static final String LEFT = "LEFT";

    public String statusLabel() {
        return ACTIVE.equals(status) ? "在职" : "离职";
    }
}
