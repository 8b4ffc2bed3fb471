/**
 * A forum thread's post line ("发表于 2013-5-4 12:36 | 显示全部楼层 |阅读模式", "楼主 发表于: 2022-11-01",
 * "某某 发表于 2012-11-30 09:10"): the time the forum's copy went up. A post that is itself the
 * story is dated by it; a post copying a document is not, where the page shows what dates the
 * document — its own stamp kept below the post (2012-11-30 08:42来源:湖南日报) dates it, and an
 * organ's numbered document (its 文号 shown, its signature cut off) is dated by nothing the forum
 * adds. A news site's info line naming its source beside the time (来源:某网 发表于…) is no post.
 */
import { findDocNumbers } from './doc-number';
import type { KeyedText } from './text-key';

const POSTED = /(?:^|[\s:：])发表于\s*[:：]?\s*\d{4}[-/年]/;
const SOURCE_ON_LINE = /来源|来自|稿源/;

/** The index of the page's forum post line, or null. */
export function forumPostLine(doc: KeyedText): number | null {
  for (const line of doc.lines) {
    const t = line.trimmed;
    if (POSTED.test(t) && !SOURCE_ON_LINE.test(t)) return line.index;
  }
  return null;
}

/**
 * The page shows a document's own number line: a 文号 with its year alone on its line (a forum's
 * anti-copy noise around it aside), as an organ's document prints it under its title — not one
 * cited in a sentence or after a quoted title.
 */
export function showsOwnDocNumber(doc: KeyedText): boolean {
  return doc.lines.some((line) =>
    findDocNumbers(line.key, line.raw).some((d) => {
      if (d.year === null) return false;
      const around = line.key.slice(0, d.index) + line.key.slice(d.index + d.raw.length);
      return !/[\u4e00-\u9fff]/.test(around);
    }),
  );
}
