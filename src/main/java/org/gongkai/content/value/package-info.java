/**
 * Reads the published text of an indicator value (指标值) into an {@link org.gongkai.content.value.IndicatorValue}
 * kept beside the text; the text itself is never changed or replaced.
 *
 * <h2>Rules for the cases the forms leave open</h2>
 * <ul>
 *   <li><b>Comparators.</b> ≥ ≤ &gt; &lt; = and their full-width forms, ≧ ≦, &gt;= &lt;=; before the number 不低于,
 *       不少于, 不小于, 至少 (≥), 不超过, 不高于, 不多于, 不大于, 至多, 最多 (≤), 大于, 高于, 超过, 多于 (&gt;), 小于, 低于,
 *       少于 (&lt;), 等于 (=); after it 以上, 及以上 (≥), 以下, 及以下, 以内, 之内, 内 (≤). 以上 and 以下 include the
 *       bound, as in Chinese law. A comparator printed both before and after is accepted when both agree
 *       (≥95%以上) and makes the value UNREADABLE when they do not.
 *   <li><b>万 in counts.</b> {@code number} and {@code unit} stay as printed (≥2.5万份: 2.5, 万份); {@code normalised}
 *       applies the 万 (25000 份). A bare 万 is not a unit (≥96万 may be money or a count): UNREADABLE.
 *   <li><b>Money</b> normalises to 万元, the unit of the budget tables, by moving the decimal point, so the result
 *       is exact and shows the precision it implies: 10000元 is 1.0000万元, 450元 is 0.0450万元.
 *   <li><b>Durations</b> have three bases because they are not interconvertible: 秒 for 秒…周 (exact), 月 for 月,
 *       季度 and 年 (a year is 12 months, not a number of seconds), 工作日 for working days. N月 alone is a number of
 *       months, not a month of the year: ≤2月 and ≥3月 in the seeds can only be durations; ≤12月 could be
 *       either and is read the same way.
 *   <li><b>Rates</b> (a unit with /) normalise their numerator only; denominators keep their unit and lose 每
 *       (1万元/每次 is 1 万元/次), because converting 次/周 to 次/年 would be inexact. Numerators may be money, counts,
 *       percentages or clock durations (30分钟/次); denominators are counts or durations. A calendar period as
 *       numerator is UNREADABLE: the seeds' ≥1季度/期 is a frequency written upside down.
 *   <li><b>Dates</b> are a kind of their own (Kind.DATE, family DATE): a four-digit year with 年, optionally a month
 *       and a day or 底/末, or a month with a day or 底 (12月31日, 12月底). 前, 以前, 之前 and 内 after a date mark a
 *       deadline and read as ≤ (2026年12月底前: by 31 December 2026); after them, and only after them, the work that
 *       is due may follow (2026年12月底前完成相关印刷工作。). Impossible dates (2026年13月, 2月30日) are UNREADABLE.
 *   <li><b>UNREADABLE</b> is any value that begins with a comparator sign or a digit but does not read cleanly:
 *       a unit outside the table in {@code Units} (百分比 and 次数 are nouns, not units; 平方 is not a unit of area;
 *       米 is not yet known), a range (3-5次), trailing text (95%。), digits split by spaces (1 000), bad thousands
 *       groups (1,50). What was read is kept; nothing is normalised. A comparator <em>word</em> followed by text
 *       (高于全省平均水平) is QUALITATIVE: such words also begin ordinary prose.
 *   <li><b>Spaces and width.</b> Spaces anywhere are ignored except between two digits; full-width ASCII is folded
 *       (＞９５％ reads as &gt;95%), and {@code unit} shows the folded form.
 * </ul>
 */
package org.gongkai.content.value;
