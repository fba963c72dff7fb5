package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.Pii;
import org.fazhi.disclosure.RequestDeadline;
import org.fazhi.org.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A request as the API returns it: identity data masked unless the user holds {@code disclosure:request:pii}; the running
 * deadlines as {@code {"kind","due","citation"}} (the reply deadline is {@code kind: "REPLY"}).
 */
record RequestView(long id, String number, String status, String statusLabel, long unitId, String channel,
                   @Nullable LocalDate receivedOn, @Nullable LocalDate clockStart, String applicantType,
                   String applicantName, @Nullable String idNumber, @Nullable String phone, String description,
                   @Nullable String replyType, @Nullable String reportRow, @Nullable LocalDate concludedOn,
                   int extensionDays, List<DeadlineView> deadlines, @Nullable String verificationCode) {

    record DeadlineView(String kind, String label, LocalDate due, String citation, String explanation) {
        static DeadlineView of(RequestDeadline d) {
            return new DeadlineView(d.kind(), d.label(), d.due(), d.citation(), d.explanation());
        }
    }

    static RequestView of(DisclosureRequest r, List<RequestDeadline> deadlines, CurrentUser user,
                          @Nullable String verificationCode) {
        boolean pii = user.can(Pii.PERMISSION);
        return new RequestView(r.id(), r.number(), r.status().name(), r.status().label(), r.unitId(), r.channel().name(),
                r.receivedOn(), r.clockStart(), r.applicantType().name(), r.applicantName(),
                pii ? r.idNumber() : Pii.idNumber(r.idNumber()), pii ? r.phone() : Pii.phone(r.phone()),
                r.description(), r.replyType() == null ? null : r.replyType().name(),
                r.reportRow() == null ? null : r.reportRow().name(), r.concludedOn(), r.extensionDays(),
                deadlines.stream().map(DeadlineView::of).toList(), verificationCode);
    }
}
