/**
 * 政府信息公开 (disclosure): requests for government information under 《中华人民共和国政府信息公开条例》（2019 年修订，
 * 国务院令第711号）, from receipt to a reply letter that cites its article, and the statutory annual disclosure report.
 *
 * <p>Rules encoded here (see {@code docs/rules-digest.md} §2):
 * <ul>
 *   <li>receipt date by channel (第三十一条): in person the day of submission, registered post the day the agency signs
 *       for it, an ordinary letter or an online, fax or e-mail application the day both sides confirm it;</li>
 *   <li>one consolidated 补正 notice within 7 个工作日 and the reply period restarting from the cured application; no cure
 *       closes the request as 其他处理 (第三十条);</li>
 *   <li>reply within 20 个工作日, one extension of at most 20 个工作日 with the consent of the head of the disclosure office
 *       and notice to the applicant; time spent consulting third parties (第三十二条) or co-makers (第三十四条, silence =
 *       deemed consent) is excluded (第三十三条);</li>
 *   <li>excessive requests (第三十五条): reasons asked, 不予处理 or a reasonable delayed deadline; the 信息处理费 by the
 *       progressive scales of 国办函〔2020〕109号 (第四十二条) with notice and payment tracked;</li>
 *   <li>every reply type of 第三十六条至第三十九条 mapped to its row of the 2021 annual-report format
 *       (国办公开办函〔2021〕30号); the report for a department is due 1月31日, for the government 3月31日 (第四十九条).</li>
 * </ul>
 * Deadlines come from {@code calendar} and go to the {@code worklist}; every change is an audit event; letters are
 * GB/T 9704 documents from {@code files}. Remedies (复议、诉讼) are linked by case number and event, never by a dependency
 * on the reconsideration module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "政府信息公开",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist", "indicators"})
@org.jspecify.annotations.NullMarked
package org.fazhi.disclosure;
