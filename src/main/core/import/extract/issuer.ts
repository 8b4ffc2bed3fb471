/**
 * The issuing organ: from the title (「X关于…」, 「X确认/公布…」), from a signature line
 * at the end, or from a source line (来源：省民政厅社区处). Body sentences that merely
 * mention an organ are never used.
 */
import { toKey, type KeyedText } from './text-key';

const ORGAN = /(部|厅|局|委|委员会|政府|办公厅|办公室|处|科|中心|院|署|会|组|站)$/;
const TITLE_ISSUER = /^(.{2,40}?)(关于|印发|转发|发布|公布|确认|命名|通报)/;
const SOURCE = /(?:文章来源|信息来源|来源)\s*[:：]\s*([^\s|｜]+)/;

function organ(text: string): string | null {
  const t = text
    .trim()
    .replace(/(门户网站|官方网站|官网|网站|网)$/, '')
    .replace(/^[(（]|[)）]$/g, '')
    .trim();
  if (t.length < 2 || t.length > 30 || /[，。；、]/.test(t)) return null;
  return ORGAN.test(toKey(t)) ? t : null;
}

export function issuerFromTitle(title: string | null): string | null {
  if (!title) return null;
  const raw = title.replace(/^#+\s*/, '');
  // Match on the simplified key (關於 → 关于), cut the organ from the raw title.
  const m = TITLE_ISSUER.exec(toKey(raw));
  return m ? organ(raw.slice(0, (m[1] ?? '').length)) : null;
}

export function issuerFromSignature(doc: KeyedText): string | null {
  const tail = doc.lines.filter((l) => l.trimmed !== '').slice(-8);
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = tail[i]?.raw.trim() ?? '';
    if (t.length <= 25 && !/[，。；：:]/.test(t)) {
      const o = organ(t);
      if (o) return o;
    }
  }
  return null;
}

export function issuerFromSource(doc: KeyedText): string | null {
  for (const line of doc.lines.slice(0, 60)) {
    const m = SOURCE.exec(line.raw);
    if (m) {
      const o = organ(m[1] ?? '');
      if (o) return o;
    }
  }
  return null;
}
