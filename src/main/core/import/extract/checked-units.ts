/**
 * A check of named units' work told by the organ that ran it or that hosts it: "某厅对某县开展…
 * 第三方评估", "复核组到某镇开展…复核工作", "评估组对某社区服务中心进行了年中评估", "督查组分别督查了
 * 某街道某社区、…". Such a page tells how those units' work goes after they were chosen — a
 * progress report — whatever grades or praise it repeats. A check told only by the count of
 * what was checked ("对我市12个乡镇社工站开展考核评估", "对…11个社区进行了检查验收") names no
 * unit whose work it follows: its page tells about the work (news), as before. A page that
 * confirms units in its own words is their list, whatever check came before (the caller's).
 */

/**
 * The checks that follow units' work: evaluations, inspections, re-checks. (An acceptance or a
 * closing evaluation, 验收 or 结项评估, is the programme's last word on them, no progress.)
 */
const CHECK = '(?:评估|督查|督导|考评|复检|复核)';
const FINAL = /验收|结项|期满|终期/;
/** "对/到 <what was checked> 开展/进行 … <check>": the object stops at a clause's end. */
const CHECKED_OBJECT = new RegExp(
  `(?:对|到)([^。；;，,]{2,80}?)(?:开展|进行)了?[^。；;]{0,30}?${CHECK}`,
  'g',
);
/** "督查了A、B和C": the units named right after the check's verb. */
const CHECKED_LIST = new RegExp(`${CHECK}了([^。；;]{4,200})`, 'g');
/** A unit's own name ends in a place's or a service unit's word. */
const UNIT_END = /(?:省|市|区|县|旗|镇|乡|街道|社区|村|中心|站)$/;
/** A count and the noun it counts ("11个社区", "12个乡镇社工站"): no unit's name. */
const COUNTED = /[0-9一二三四五六七八九十百]+(?:个|家|所|处)[^、，,和及]*/g;
/** The writer's own place or all of it (我市, 全区, 各县): no unit named. */
const OWN_PLACE = /^(?:我|全|本|各|该)(?:省|市|区|县|镇|乡|街道)/;
/** How far into the text the check is told (its lead and the paragraph after it). */
const LEAD_CHARS = 600;
/**
 * A visiting team and those who went along ("…一行到某县开展…评估", "…陪同评估", "副厅长带队到某县
 * 开展督导", "莅临", "来到"): a visit's story, told as news whatever it checked.
 */
const VISIT = /一行|陪同|带队|莅临|来到/;

/** A check still to come ("将于下周对…开展督查", "拟对…进行评估"): told before, nothing checked. */
const PLANNED = /(?:将|拟|计划|准备)[^。；;，,]{0,10}$/;

/** Whether a phrase names at least one unit by its own name. */
function namesUnit(phrase: string): boolean {
  return phrase
    .replace(COUNTED, '')
    .split(/[、，,]|和|及|等/)
    .map((part) => part.trim().replace(OWN_PLACE, ''))
    .some((part) => part.length >= 2 && UNIT_END.test(part));
}

/** Whether the text's lead tells a check of units it names by their own names. */
export function checksNamedUnits(key: string): boolean {
  const lead = key.slice(0, LEAD_CHARS);
  if (VISIT.test(lead) || FINAL.test(lead)) return false;
  for (const re of [CHECKED_OBJECT, CHECKED_LIST])
    for (const m of lead.matchAll(re)) {
      const before = lead.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
      if (!PLANNED.test(before) && namesUnit(m[1] ?? '')) return true;
    }
  return false;
}
