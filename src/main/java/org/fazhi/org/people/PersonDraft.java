package org.fazhi.org.people;

import org.fazhi.org.IdNumbers;
import org.fazhi.org.Mobiles;

/** The editable fields of a person, normalized (blank optional values are {@code null}). */
public record PersonDraft(String name, String gender, String idNumber, String mobile, String position,
                          boolean leader) {

    public PersonDraft {
        name = trim(name);
        gender = trim(gender);
        idNumber = trim(IdNumbers.normalize(idNumber));
        mobile = trim(Mobiles.normalize(mobile));
        position = trim(position);
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The gender as given, or as encoded in a valid identity number when none was given. */
    public PersonDraft withDerivedGender() {
        if (gender == null && idNumber != null && IdNumbers.problem(idNumber).isEmpty()) {
            return new PersonDraft(name, IdNumbers.gender(idNumber), idNumber, mobile, position, leader);
        }
        return this;
    }
}
