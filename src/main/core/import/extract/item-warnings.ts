/**
 * What looks wrong with one item: a title cut off mid-phrase, masked characters, a
 * development zone written as if it were a division, a heading whose place name the
 * item's own description spells differently (邗江街道 vs 邗上街道).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ItemDraft } from './drafts';
import { itemReference, regionReference } from '../item-reference';
import { MASK } from './text-warnings';
import { toKey } from './text-key';

const OPENERS = '“‘「『《（([【';
const CLOSERS = '”’」』》）)]】';
/** Endings no finished title has: a preposition or particle left hanging, an opened quote. */
const DANGLING = /[以的把将、，,—\-“‘(（《]$/;
const DEV_ZONE =
  /高新区|高新技术产业开发区|经济技术开发区|开发区|经开区|工业园区|管委会|示范区|新城/;

/** More of some opener than of its closer; one pass over the title (it is asked of every item). */
function unbalanced(text: string): boolean {
  const open = new Array<number>(OPENERS.length).fill(0);
  for (const ch of text) {
    const o = OPENERS.indexOf(ch);
    if (o >= 0) open[o]!++;
    const c = CLOSERS.indexOf(ch);
    if (c >= 0) open[c]!--;
  }
  return open.some((n) => n > 0);
}

export function isTruncated(item: ItemDraft): boolean {
  const title = toKey(item.title).trim();
  if (title === '' || item.title === item.regionText) return false;
  return (
    unbalanced(title) ||
    DANGLING.test(title) ||
    (title.length < 4 && !/[\u4e00-\u9fff]{2}/.test(title))
  );
}

/** The township/community named last in the heading, if the description names a near-identical one instead. */
function headingBodyConflict(item: ItemDraft): { heading: string; body: string } | null {
  if (!item.regionText || !item.content) return null;
  const m = /([\u4e00-\u9fff]+?)(街道|镇|乡|社区|村)$/.exec(
    toKey(item.regionText).replace(/.*[市区县旗]/, ''),
  );
  if (!m || (m[1] ?? '').length < 2) return null;
  const name = m[0];
  const content = toKey(item.content);
  if (content.includes(name)) return null;
  const stem = m[1] ?? '';
  const suffix = m[2] ?? '';
  const re = new RegExp(`[\\u4e00-\\u9fff]{${stem.length}}${suffix}`, 'g');
  for (const hit of content.matchAll(re)) {
    const other = hit[0].slice(0, stem.length);
    let diff = 0;
    for (let i = 0; i < stem.length; i++) if (other[i] !== stem[i]) diff++;
    if (diff === 1) return { heading: name, body: hit[0] };
  }
  return null;
}

export function itemWarnings(item: ItemDraft): NoticeWarning[] {
  const seqText = itemReference(item);
  // The place goes with each item's warning, so the summary can name items without a 序号.
  const regionText = item.regionText ?? null;
  const out: NoticeWarning[] = [...item.warnings];
  if (isTruncated(item))
    out.push({
      code: 'truncated_item',
      message: `${seqText}标题不完整，疑似被截断`,
      seq: item.seq,
    });
  if ([item.title, item.content ?? '', item.regionText ?? ''].some((t) => MASK.test(t))) {
    out.push({
      code: 'masked_text',
      message: `${seqText}含有被遮挡的文字（如****）`,
      seq: item.seq,
      regionText,
    });
  }
  if (item.regionText && DEV_ZONE.test(toKey(item.regionText))) {
    out.push({
      code: 'nonstandard_region',
      message: `${regionReference(item)}含开发区等非行政区划名称`,
      seq: item.seq,
      regionText,
    });
  }
  if (item.regionUnresolved) {
    out.push({
      code: 'region_unresolved',
      message: `${regionReference(item)}无法识别为行政区划`,
      seq: item.seq,
      regionText,
    });
  }
  const conflict = headingBodyConflict(item);
  if (conflict) {
    out.push({
      code: 'region_inconsistent',
      message: `${seqText}标题写作“${conflict.heading}”，正文写作“${conflict.body}”`,
      seq: item.seq,
      ...conflict,
    });
  }
  return out;
}
