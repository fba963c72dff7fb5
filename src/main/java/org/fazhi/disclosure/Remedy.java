package org.fazhi.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A linked remedy (复议或诉讼) and its outcome. */
public record Remedy(long id, long requestId, Table4.Kind kind, String caseNumber, LocalDate filedOn,
                     Table4.Outcome outcome, @Nullable LocalDate concludedOn, @Nullable String note) {
}
