/**
 * "河南省慈善总会“‘益路童行’关爱困境儿童慈善项目”、武陟县慈善协会“…精准扶贫项目”获慈善项目奖",
 * "上杭县慈善总会组织开展的“慈善爱心屋”捐建工程获优秀慈善项目奖": a project honoured by an award
 * is written as the body carrying it out, then its name in quotation marks, either whole (the
 * kind word inside the quotes: …项目, …工程, …计划, …行动) or with its kind word after them. The
 * names may run joined (、和) before the prize they share; the prize closes the run with 获 … 奖,
 * its verb often bare (获慈善项目奖). Each name so closed is an entry at its body's place. A
 * quote the verb gives (获“…”奖, 喜获“最具影响力慈善项目”) is the award's name, never a project,
 * and a quoted name with no kind word (a slogan) is none.
 */

/** The kind words that end a project's name. */
const KIND_END = /(?:项目|工程|计划|行动)$/;
/** A kind word written after the quote, with a few words of what the project is before it. */
const KIND_AFTER = /^(?:(?!获|荣获|被|入选)[\u4e00-\u9fff]){0,10}?(?:项目|工程|计划|行动)/;
/**
 * The prize closing the run: its verb (bare 获 too) and the award's name up to 奖. Money given
 * as a reward or a subsidy (获奖励资金, 获得省级奖补资金, 奖金) is no prize: a funded project is
 * no honoured one.
 */
const PRIZE = /^\s*(?:荣获|获得|获评|喜获|获)(?![“「])[^“”「」"，,。；;、]{0,30}?奖(?![补励金])/;
/** The next name of the run: a join, the next body's words, its quoted name. */
const NEXT = /^(?:[、，,和及与]|以及)[^“”「」。；;，,、]{0,20}?[“「]([^“”「」\n]{2,30})[”」]/;
/** A verb right before the quote gives it: the award's own name. */
const GIVEN = /(?:获|获得|荣获|喜获|评为|授予)\s*$/;

/** How a quoted name reads as a project's: its end in the key and whether the quotes stay. */
function projectEnd(
  name: string,
  after: string,
  close: number,
): { end: number; tail: string } | null {
  if (KIND_END.test(name)) return { end: close, tail: '' };
  const tail = KIND_AFTER.exec(after)?.[0];
  return tail ? { end: close + tail.length, tail } : null;
}

/**
 * The quote at `at` (closing at `close`) as an honoured project: where its title ends and
 * whether the title keeps its quotes (a kind word after them), or null when no prize closes the
 * run it stands in.
 */
export function prizedProject(
  key: string,
  at: number,
  close: number,
): { end: number; quoted: boolean } | null {
  if (GIVEN.test(key.slice(Math.max(0, at - 4), at))) return null;
  const own = projectEnd(key.slice(at + 1, close - 1), key.slice(close), close);
  if (!own) return null;
  let rest = key.slice(own.end);
  for (let step = 0; step < 12; step++) {
    if (PRIZE.test(rest)) return { end: own.end, quoted: own.tail !== '' };
    const next = NEXT.exec(rest);
    if (!next) return null;
    const nextClose = next[0].length;
    const nextOwn = projectEnd(next[1] ?? '', rest.slice(nextClose), nextClose);
    if (!nextOwn) return null;
    rest = rest.slice(nextOwn.end);
  }
  return null;
}

/**
 * The body between a project's place and its quote ("慈善总会", "慈善协会", "…基金会", "…服务中心"),
 * perhaps with the act that makes the project its own ("…慈善总会组织开展的", "…协会参赛的").
 * A college (某某学院) is no such body: its quoted 计划 closed by a prize is a teaching
 * award's entry (获省级教学成果奖), none of a civil-affairs ledger; a hospital (医院) carries
 * charity projects and stays.
 */
export const PRIZE_RUNNER =
  /^[\u4e00-\u9fff]{1,14}?(?:会|中心|站|队|团|(?<!学)院|社)(?:组织开展|组织|开展|实施|参赛|申报|推出)?的?$/;

/** The act after the body's name ("…组织开展的"): no word of the body's name. */
const ACT_AFTER = /(?:组织开展|组织|开展|实施|参赛|申报|推出)?的?$/;

/**
 * The body written from the project's place up to its quote, the unit carrying the project
 * (河南省慈善总会, 上杭县慈善总会); null when the place stands right before the quote.
 */
export function prizeBody(written: string, place: string): string | null {
  const body = written.replace(ACT_AFTER, '');
  return body.length > place.length && body.startsWith(place) ? body : null;
}
