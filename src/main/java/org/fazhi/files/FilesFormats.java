package org.fazhi.files;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How this module's pages print times: in the clock's zone (Beijing), to the minute. */
final class FilesFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FilesFormats() {
    }

    static String dateTime(Instant instant, Clock clock) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }
}
