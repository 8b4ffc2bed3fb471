/**
 * Places a score ranks or a sample was drawn from, not entries of a list: "测评成绩排名前10名的社区
 * 如下：A、B…", "排名后10名的社区如下", "16个区中，A、B、C平均分名列前茅", "从A、B、C、D四个城区各随机
 * 抽取10个社区进行测评". A campaign's monthly scores or an evaluation's district averages tell how
 * the places scored on the day; no programme confirms, accepts or revokes them by it. An honour
 * list that only says how it is ordered ("排名不分先后", "按姓氏笔画排名") ranks nobody by a score,
 * and a ranking that confers a status ("评选排名前10名的社区被命名为…", "得分排名前3名的县确定为
 * 示范县") is a programme's list chosen by score: its places are entries.
 */

/** A lead into the places that ranks them by score: its top or bottom (排名前10名, 倒数第一). */
const RANKED_LEAD =
  /(?:(?:成绩|得分|分数|测评|评测|考评|平均分)[^。；;，,]{0,8}?排名\s*(?:前|后|末|倒数)|排名\s*(?:前|后|末|倒数)\s*(?:第\s*)?[0-9一二两三四五六七八九十]+\s*(?:名|位))/;
/** The words after the places that rank them (平均分名列前茅, 得分排名靠后). */
const RANKED_AFTER =
  /^[^。；;，,]{0,8}?(?:名列前茅|位列前茅|排名(?:靠前|靠后|前列|末位|居前|居后)|得分最(?:高|低))/;
/** An order that ranks nobody: the list's own order named and disowned. */
const NO_RANKING = /排名不分先后|排名不分前后|(?:按|以)[^。；;，,]{0,8}?(?:为序|排名|排序)/;
/** A status conferred on the ranked places: the ranking is how a programme chose its list. */
const CONFERRED = /命名|授予|确定为|认定为|评为|评定为|表彰|列为|称号|晋升为|验收/;
/** The places a sample was drawn from: 从 before them (a first one the run left out may sit between), the draw after ("各随机抽取10个社区"). */
const SAMPLE_LEAD = /从[^。；;，,]{0,12}$/;
const SAMPLE_DRAWN =
  /^[^。；;，,]{0,16}?(?:各)?(?:随机)?(?:抽取|抽选|抽查|选取)[0-9一二两三四五六七八九十]/;

/**
 * Whether the enumeration between its lead (`intro`, the words before its first place) and the
 * words after its last place (`after`) names places by their rank or as a sample's pool.
 */
export function rankedOrSampled(intro: string, after: string): boolean {
  const lead = intro.split(/[。；;]/).pop() ?? '';
  if (RANKED_LEAD.test(lead) && !NO_RANKING.test(lead) && !CONFERRED.test(lead)) return true;
  // The status is conferred in the same sentence: the next one ("现将被评为5A…") is another act.
  if (RANKED_AFTER.test(after) && !CONFERRED.test(after.split(/[。；;]/)[0] ?? '')) return true;
  return SAMPLE_LEAD.test(lead.trim()) && SAMPLE_DRAWN.test(after);
}
