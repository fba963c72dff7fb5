package org.fazhi.review;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A stretch when the materials were incomplete and the review clock stood still (材料补正期间). */
public record ReviewStop(long id, String reason, LocalDate fromDate, @Nullable LocalDate toDate) {
}
