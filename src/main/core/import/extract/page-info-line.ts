/**
 * A page's info line that opens with no field word of its own (来源, 发布时间… open the others):
 * the posting time first and a field after it ("2021-03-12 15:17:00  来源：某日报"), or the page's
 * count of visits or reads first ("访问次数：755　发布时间：2016-06-23"), as a portal's template
 * prints its counter before the date. A sentence telling of visits is none: the counter is a
 * labelled field with its figure, and a field of the page follows it.
 */
const DATED_INFO =
  /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?[^。，]{0,24}?(来源|作者|编辑|浏览|点击|字体|字号)/;
const COUNTED_INFO =
  /^(?:访问次数|访问量|阅读次数|阅读量|浏览量)\s*[:：]\s*\d+\s*[^。，]{0,6}?(?:发布时间|发布日期|时间|来源|作者|字体|字号)/;

export const infoLineAfterField = (t: string): boolean =>
  DATED_INFO.test(t) || COUNTED_INFO.test(t);
