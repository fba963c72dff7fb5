package org.fazhi.org.units;

import org.fazhi.org.CreditCodes;
import org.fazhi.org.UnitKind;

/**
 * The editable fields of a unit, normalized (trimmed; blank optional values are {@code null}), as they come from the
 * form, the API or an import row. {@code kind} is {@code null} when the input named no known kind.
 */
public record UnitDraft(String name, String shortName, UnitKind kind, String regionCode, String creditCode,
                        String docPrefix, boolean enforcementBody, boolean normdocIssuer, boolean reconsiderationBody,
                        int sortOrder) {

    public UnitDraft {
        name = trim(name);
        shortName = trim(shortName);
        regionCode = trim(regionCode);
        creditCode = trim(CreditCodes.normalize(creditCode));
        docPrefix = trim(docPrefix);
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
