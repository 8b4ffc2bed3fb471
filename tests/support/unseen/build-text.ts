/** Plain-text form: the title, then each block as lines (list items one per line). */
import { flatBlocks, type NoticeSpec } from './spec';

export function buildPlainText(spec: NoticeSpec): string {
  const lines = [spec.title, ''];
  for (const b of flatBlocks(spec.blocks)) {
    if ('p' in b) lines.push(b.p);
    else if ('h' in b) lines.push(b.h);
    else if ('ol' in b) lines.push(...b.ol);
    else
      for (const row of b.table)
        lines.push(row.map((c) => (typeof c === 'string' ? c : c.t)).join('  '));
  }
  return lines.join('\r\n') + '\r\n';
}
