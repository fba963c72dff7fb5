package org.fazhi.enforcement.internal;

import org.fazhi.calendar.StatutoryPeriod;

import java.util.Optional;

/** The kinds of enforcement decision the platform records (执法决定类别) and the rules that differ between them. */
public enum RecordKind {
    PENALTY("行政处罚", PowerType.PENALTY, 2),
    LICENCE("行政许可", PowerType.LICENCE, 1),
    COERCION("行政强制", PowerType.COERCION, 2),
    INSPECTION("行政检查", PowerType.INSPECTION, 2);

    private final String label;
    private final PowerType powerType;
    private final int minOfficers;

    RecordKind(String label, PowerType powerType, int minOfficers) {
        this.label = label;
        this.powerType = powerType;
        this.minOfficers = minOfficers;
    }

    public String label() {
        return label;
    }

    /** The type of power in the item list a decision of this kind must rest on. */
    public PowerType powerType() {
        return powerType;
    }

    /**
     * Officers needed: two for penalties (行政处罚法第四十二条、第五十五条), coercive measures (行政强制法第十八条) and inspections
     * (行政处罚法第五十五条); a licence decision is signed by its approver, one certified officer.
     */
    public int minOfficers() {
        return minOfficers;
    }

    /** 许可、处罚 within 7 working days, others within 20 (国办发〔2018〕118号); both in working days. */
    public StatutoryPeriod publicityPeriod() {
        return this == PENALTY || this == LICENCE ? StatutoryPeriod.ENFORCEMENT_PUBLICITY_LICENCE_PENALTY
                : StatutoryPeriod.ENFORCEMENT_PUBLICITY_GENERAL;
    }

    /** 撤下: penalties by 行政处罚法第四十八条, others by the same 3 working days applied to 118号's "及时". */
    public StatutoryPeriod withdrawalPeriod() {
        return this == PENALTY ? StatutoryPeriod.PENALTY_PUBLICATION_WITHDRAWAL
                : StatutoryPeriod.ENFORCEMENT_PUBLICITY_WITHDRAWAL;
    }

    public static Optional<RecordKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        for (RecordKind k : values()) {
            if (k.name().equalsIgnoreCase(v) || k.label.equals(v) || k.label.substring(2).equals(v)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
