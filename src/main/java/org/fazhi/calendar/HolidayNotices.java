package org.fazhi.calendar;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored holiday notices (节假日安排通知库): one current revision per year, older revisions kept. Holiday data is
 * national reference data, so queries here carry no tenant.
 */
@Repository
class HolidayNotices {

    /** Where a notice revision came from. */
    enum Origin {
        /** 随系统发布的 holiday-cn 数据. */
        BUNDLED,
        /** 管理员录入. */
        ENTERED
    }

    /** Who entered a revision and when. */
    record Provenance(long id, int year, int revision, Origin origin, String enteredBy, Instant enteredAt,
                      @Nullable String remark) {
    }

    private final JdbcClient jdbc;

    HolidayNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every current notice with its papers and days. */
    List<HolidayNotice> current() {
        Map<Long, Integer> years = new HashMap<>();
        jdbc.sql("SELECT id, year FROM cal_notice WHERE is_current")
                .query((rs, n) -> years.put(rs.getLong(1), rs.getInt(2))).list();
        Map<Long, List<HolidayNotice.Paper>> papers = new HashMap<>();
        jdbc.sql("""
                        SELECT p.notice_id, p.url, p.title FROM cal_notice_paper p
                        JOIN cal_notice n ON n.id = p.notice_id WHERE n.is_current ORDER BY p.notice_id, p.seq""")
                .query((rs, n) -> papers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new HolidayNotice.Paper(rs.getString(2), rs.getString(3)))).list();
        Map<Long, List<HolidayEntry>> days = new HashMap<>();
        jdbc.sql("""
                        SELECT d.notice_id, d.day, d.is_off_day, d.name FROM cal_day d
                        JOIN cal_notice n ON n.id = d.notice_id WHERE n.is_current ORDER BY d.day""")
                .query((rs, n) -> days.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new HolidayEntry(rs.getObject(2, java.time.LocalDate.class), rs.getBoolean(3),
                                rs.getString(4)))).list();
        List<HolidayNotice> notices = new ArrayList<>();
        years.forEach((id, year) -> notices.add(new HolidayNotice(year, papers.getOrDefault(id, List.of()),
                days.getOrDefault(id, List.of()))));
        return notices;
    }

    /**
     * Serialises writers of holiday data until the transaction ends, so that two instances starting together (or two
     * administrators saving together) cannot both create the same revision.
     */
    void lockForUpdate() {
        jdbc.sql("LOCK TABLE cal_notice IN EXCLUSIVE MODE").update();
    }

    /** A fingerprint of the current notices: it changes whenever a revision is added. */
    long stamp() {
        return jdbc.sql("SELECT coalesce(max(id), 0) + count(*) FROM cal_notice").query(Long.class).single();
    }

    Optional<Provenance> provenance(int year) {
        return jdbc.sql("""
                        SELECT id, year, revision, origin, created_by, created_at, remark FROM cal_notice
                        WHERE year = :year AND is_current""")
                .param("year", year)
                .query((rs, n) -> new Provenance(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                        Origin.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .optional();
    }

    /** The current notice of a year, if one is stored. */
    Optional<HolidayNotice> currentOf(int year) {
        return current().stream().filter(n -> n.year() == year).findFirst();
    }

    /**
     * Stores a notice as the year's new current revision; the previous revision stays as history.
     *
     * @return the new revision number
     */
    int add(HolidayNotice notice, Origin origin, String actor, Instant at, @Nullable String remark) {
        Timestamp now = Timestamp.from(at);
        int revision = jdbc.sql("SELECT coalesce(max(revision), 0) + 1 FROM cal_notice WHERE year = :year")
                .param("year", notice.year()).query(Integer.class).single();
        jdbc.sql("""
                        UPDATE cal_notice SET is_current = FALSE, updated_at = :at, updated_by = :actor,
                               version = version + 1
                        WHERE year = :year AND is_current""")
                .param("year", notice.year()).param("at", now).param("actor", actor).update();
        long id = jdbc.sql("""
                        INSERT INTO cal_notice (year, revision, origin, is_current, remark, created_at, created_by,
                                                updated_at, updated_by)
                        VALUES (:year, :revision, :origin, TRUE, :remark, :at, :actor, :at, :actor) RETURNING id""")
                .param("year", notice.year()).param("revision", revision).param("origin", origin.name())
                .param("remark", remark).param("at", now).param("actor", actor)
                .query(Long.class).single();
        int seq = 0;
        for (HolidayNotice.Paper paper : notice.papers()) {
            jdbc.sql("INSERT INTO cal_notice_paper (notice_id, seq, url, title) VALUES (:id, :seq, :url, :title)")
                    .param("id", id).param("seq", ++seq).param("url", paper.url()).param("title", paper.title())
                    .update();
        }
        for (HolidayEntry day : notice.days()) {
            jdbc.sql("INSERT INTO cal_day (notice_id, day, is_off_day, name) VALUES (:id, :day, :off, :name)")
                    .param("id", id).param("day", day.date()).param("off", day.offDay()).param("name", day.name())
                    .update();
        }
        return revision;
    }
}
