package org.fazhi.normdocs;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One recorded step of a document (办理环节记录) with the document it produced. */
public record Step(String step, String stepLabel, LocalDate happenedOn, @Nullable String note,
                   @Nullable Long filesDocumentId, String actor) {
}
