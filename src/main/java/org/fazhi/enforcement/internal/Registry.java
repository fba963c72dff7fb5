package org.fazhi.enforcement.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** Registry entries as the checks of enforcement decisions see them (登记信息引用). */
public final class Registry {

    private Registry() {
    }

    /**
     * An enforcement body in the sender's scope; {@code closedOn} is the day it was revoked or terminated (撤销/终止),
     * after which it can make no decision.
     */
    public record BodyRef(long id, String countyCode, long unitId, String unitKind, String name,
                          @Nullable String creditCode, @Nullable LocalDate closedOn) {

        public BodyRef(long id, String countyCode, long unitId, String unitKind, String name, @Nullable String creditCode) {
            this(id, countyCode, unitId, unitKind, name, creditCode, null);
        }

        boolean isTownship() {
            return "TOWNSHIP".equals(unitKind) || "SUBDISTRICT".equals(unitKind);
        }
    }

    /** A power of the item list with the townships it was delegated to; {@code repealed} when 废止 on {@code to}. */
    public record PowerRef(long id, long bodyId, String code, String name, PowerType type, LocalDate from,
                           @Nullable LocalDate to, List<Delegation> delegations, boolean repealed) {

        public PowerRef(long id, long bodyId, String code, String name, PowerType type, LocalDate from,
                        @Nullable LocalDate to, List<Delegation> delegations) {
            this(id, bodyId, code, name, type, from, to, delegations, false);
        }

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        /** Whether the township unit held this power by delegation (赋权) on that day. */
        boolean delegatedTo(long townshipUnitId, LocalDate day) {
            return delegations.stream().anyMatch(d -> d.townshipUnitId() == townshipUnitId
                    && !day.isBefore(d.from()) && (d.to() == null || day.isBefore(d.to())));
        }
    }

    /** A delegation of a power to a township (乡镇赋权), in force from {@code from} until the day before {@code to}. */
    public record Delegation(long townshipUnitId, LocalDate from, @Nullable LocalDate to) {
    }

    /** A certificate with its holder. */
    public record CertRef(long id, String certNo, String category, long officerId, String officerName, long bodyId,
                          String officerStatus, LocalDate issuedOn, LocalDate expiresOn,
                          @Nullable LocalDate suspendedFrom, @Nullable LocalDate suspendedTo,
                          @Nullable LocalDate endedOn) {

        /** Why the certificate did not entitle its holder to enforce on that day, or {@code null} when it did. */
        @Nullable
        String invalidOn(LocalDate day) {
            if (!"ENFORCEMENT".equals(category)) {
                return "执法证号“" + certNo + "”是行政执法监督证，不能用于办理执法案件";
            }
            if (day.isBefore(issuedOn)) {
                return "执法证号“" + certNo + "”（" + officerName + "）于 " + issuedOn + " 发证，决定日尚未取得";
            }
            if (day.isAfter(expiresOn)) {
                return "执法证号“" + certNo + "”（" + officerName + "）已于 " + expiresOn + " 到期，决定日无效";
            }
            if (endedOn != null && !day.isBefore(endedOn)) {
                return "执法证号“" + certNo + "”（" + officerName + "）已于 " + endedOn + " 注销或收回";
            }
            if (suspendedFrom != null && !day.isBefore(suspendedFrom) && (suspendedTo == null || !day.isAfter(suspendedTo))) {
                return "执法证号“" + certNo + "”（" + officerName + "）决定日处于暂扣期间";
            }
            return null;
        }
    }

    /** A township or subdistrict of the county. */
    public record TownshipRef(long id, String name) {
    }
}
