package org.fazhi.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reconsideration or lawsuit arising from a disclosure reply (由答复引起的行政复议、行政诉讼), reported by whichever module
 * or person knows of it. Any module may publish it without depending on this one's services; {@link Remedies} links it to
 * the request by number (upsert by kind and case number) for Table 四.
 */
public record DisclosureRemedyReported(String countyCode, String actor, String requestNumber, Table4.Kind kind,
                                       String caseNumber, LocalDate filedOn, Table4.Outcome outcome,
                                       @Nullable LocalDate concludedOn) {
}
