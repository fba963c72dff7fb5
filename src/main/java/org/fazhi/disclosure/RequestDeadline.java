package org.fazhi.disclosure;

import java.time.LocalDate;

/**
 * One running clock of a request (期限), as shown on the worklist, the detail page and in the API.
 *
 * @param kind        {@code REPLY}, {@code CURE_NOTICE}, {@code CURE}, {@code CONSULTATION}, {@code FEE_PAYMENT}
 * @param label       what must happen by then, in Chinese
 * @param due         the last day
 * @param citation    legal basis
 * @param explanation how the day was reached
 * @param worklistKey the worklist kind (unique per request)
 * @param unknownYear whether the date relies on a year without a published holiday notice
 */
public record RequestDeadline(String kind, String label, LocalDate due, String citation, String explanation,
                              String worklistKey, boolean unknownYear) {
}
