/**
 * A feature story about one unit: its headline names the unit short before a colon
 * ("某某社区：议事厅里解民忧"), its body writes the unit out with the county above it
 * ("走进某某区某某街道某某社区") and tells the honour the unit holds ("作为全国…示范村",
 * "…被民政部命名为…"). That unit is the story's one entry — a mention of the record the
 * honour's own list made — while the other places a feature passes by stay no entries.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import type { ListDraft } from './drafts';
import { MEMBERSHIP_VERB } from './membership';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/**
 * The unit a headline opens with: a community, village or township, then a colon — or, for a
 * community or village, as the subject of what the headline tells ("某某社区全面进入建设阶段"),
 * alone (not "甲社区和乙社区开工建设": two units are no one unit's feature).
 */
const HEADLINE_UNIT =
  /^([\u4e00-\u9fff]{2,10}?(?:社区|村|街道|镇|乡))\s*[：:]|^([\u4e00-\u9fff]{2,5}?(?:社区|村))(?![和与及、同跟等])(?=[\u4e00-\u9fff]{4})/;
/**
 * No one unit's name: a count ("两个社区", "三村"), a scope or a programme's words ("全市社区",
 * "全国乡村治理示范村"), a place above the unit written before it.
 */
const NOT_ONE_NAME = new RegExp(
  `[0-9${CHINESE_NUMERAL_CHARS}两几多]\\s*个?\\s*$|个$|农|打造|深化|推进|建设|加强|^(?:全|各|我|本|首|第|新|该|此|这)|[省市县区州旗镇乡批国]|示范|治理|乡村|和谐|幸福|完整|未来|文明|美丽|智慧|品质|绿色`,
);
/** "作为全国乡村治理示范村": the honour told as what the unit is. */
const HELD_HONOUR =
  /作为[^。；;，,]{0,24}?(?:示范|典型|试点|实验|先进)[^。；;，,]{0,8}?(?:社区|村|镇|乡|街道|单位|之一)/;
/** "入选…", or the organ that gave it between 被 and its verb ("被民政部命名为…"). */
const WON_HONOUR = new RegExp(
  `${MEMBERSHIP_VERB}|被[^。；;，,]{1,10}?(?:命名|评|认定|确定|授予)为`,
);

/**
 * "某市1个社区、2个项目上榜。其中，某区某街道某社区作为…代表": a count of honoured units, then
 * the one unit the story singles out by name as their representative. The counted others are
 * never named, so that unit is the page's one entry.
 */
const SINGLED_OUT = new RegExp(
  `[0-9${CHINESE_NUMERAL_CHARS}]+\\s*个\\s*(?:社区|村)[^。！!？?]{0,40}?${MEMBERSHIP_VERB}[^。！!？?]{0,20}?[。！!]\\s*其中\\s*[，,]\\s*([\\u4e00-\\u9fff]{4,24}?(?:社区|村))作为[^。；;]{0,30}?(?:代表|典型|示范)`,
);

/** The unit a counted honour singles out, when its words start with a place. */
function singledOut(doc: KeyedText, lookup: RegionLookup): ListDraft | null {
  const m = SINGLED_OUT.exec(doc.key);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!, m[0].search(/其中/));
  const end = start + m[1]!.length;
  const written = doc.text.slice(start, end);
  const hit = lookup.splitPrefix(written, {});
  if (!hit || hit.end === 0) return null;
  const line = doc.lines.find((l) => l.start <= start && start < l.end);
  return {
    layout: 'sentence',
    items: [{ seq: null, start, end, regionText: written, title: '', warnings: [] }],
    start,
    end,
    lineIndexes: line ? [line.index] : [],
    feature: true,
  };
}

/** A sentence of the body naming the unit, with an honour it holds. */
function toldHonour(body: string, name: string): boolean {
  return body
    .split(/[。；;！!？?\n]/)
    .some((s) => s.includes(name) && (HELD_HONOUR.test(s) || WON_HONOUR.test(s)));
}

export function detectFeaturedUnit(doc: KeyedText, lookup: RegionLookup): ListDraft | null {
  const head = doc.lines.find((l) => l.trimmed !== '');
  const m = head ? HEADLINE_UNIT.exec(head.trimmed) : null;
  const name = m?.[1] ?? m?.[2];
  const stem = name?.replace(/(?:社区|村)$/, '') ?? '';
  if (!head || !name || (m?.[2] && NOT_ONE_NAME.test(stem))) return singledOut(doc, lookup);
  const bodyStart = head.end;
  const body = doc.key.slice(bodyStart);
  if (!toldHonour(body, name)) return null;
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length)) {
    const end = bodyStart + i + name.length;
    // The longest run of characters before the name that reads, with it, as one place.
    for (let s = Math.max(bodyStart, end - name.length - 14); s < end - name.length; s++) {
      const written = doc.text.slice(s, end);
      const hit = lookup.splitPrefix(written, {});
      // The division list may not know the community or village itself: the place above it,
      // read right up to the name, places it.
      const above = written.length - name.length;
      if (!hit || (hit.end !== written.length && hit.end !== above)) continue;
      const line = doc.lines.find((l) => l.start <= s && s < l.end);
      return {
        layout: 'sentence',
        items: [{ seq: null, start: s, end, regionText: written, title: '', warnings: [] }],
        start: s,
        end,
        lineIndexes: line ? [line.index] : [],
        feature: true,
      };
    }
  }
  return null;
}
