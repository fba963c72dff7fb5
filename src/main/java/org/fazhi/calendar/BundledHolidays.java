package org.fazhi.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The holiday data shipped with the platform (随系统发布的节假日数据): {@code classpath:holidays/<year>.json}, copied from
 * holiday-cn (MIT, see {@code holidays/SOURCE.md}), which transcribes the 国务院办公厅 notices. A file whose
 * {@code papers} list is empty (2027 at this snapshot) stands for a year whose notice is not yet published.
 */
final class BundledHolidays {

    static final String LOCATION = "classpath*:holidays/*.json";

    private BundledHolidays() {
    }

    /** holiday-cn's file layout. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(int year, List<String> papers, List<Day> days) {
    }

    /** One entry of a holiday-cn file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(String name, LocalDate date, @JsonProperty("isOffDay") boolean isOffDay) {
    }

    /** Reads every bundled year, in year order. */
    static List<HolidayNotice> read() {
        JsonMapper json = JsonMapper.builder().build();
        List<HolidayNotice> notices = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    notices.add(toNotice(json.readValue(in, File.class)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取随系统发布的节假日数据", e);
        }
        notices.sort(Comparator.comparingInt(HolidayNotice::year));
        return notices;
    }

    private static HolidayNotice toNotice(File file) {
        List<HolidayNotice.Paper> papers = file.papers() == null ? List.of()
                : file.papers().stream().map(url -> new HolidayNotice.Paper(url, null)).toList();
        List<HolidayEntry> days = file.days() == null ? List.of()
                : file.days().stream().map(d -> new HolidayEntry(d.date(), d.isOffDay(), d.name())).toList();
        return new HolidayNotice(file.year(), papers, days);
    }
}
