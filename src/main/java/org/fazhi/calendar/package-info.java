/**
 * 法定期间 — the legal calendar: the official holiday schedule (法定节假日与调休) kept as data, working-day arithmetic on
 * it ({@link org.fazhi.calendar.LegalCalendar}), and the computation of every statutory deadline with its citation and
 * an explanation a clerk can read ({@link org.fazhi.calendar.Deadlines}, {@link org.fazhi.calendar.StatutoryPeriod}).
 *
 * <p>Counting rules (期间计算): the start day is excluded (《中华人民共和国民事诉讼法》第八十五条第二款，《中华人民共和国民法典》
 * 第二百零一条); a period whose last day is a rest day ends on the next working day (民事诉讼法第八十五条第三款，民法典第二百零三条);
 * month periods end on the same day of the month or at month end (民法典第二百零二条); "N 个工作日" skip weekends and
 * statutory holidays and count official make-up working days (《全国年节及纪念日放假办法》与国务院办公厅年度放假通知). A year whose
 * notice is not yet published is <em>unknown</em>: deadlines touching it are flagged, never silently guessed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "法定期间", allowedDependencies = {"shared", "org"})
@org.jspecify.annotations.NullMarked
package org.fazhi.calendar;
