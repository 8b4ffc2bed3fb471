/**
 * One field's 来历 in the record panel: where its value came from and who changed it when,
 * newest first — the changes the record's history logged for that field (an acceptance that
 * set 已验收, an edit by hand, a merge's choice), then the value's source: the notice and
 * 序号 whose sentence gave it, or the operation that set it. The ledger traced every value
 * to its source; the panel only listed the sources and a history of everything mixed.
 */
import type {
  FieldSource,
  HistoryEntry,
  PanelMention,
  RecordPanelData,
} from '../../../../shared/domain';
import { fieldOfColumn, type RecordFieldName } from '../../../../shared/record-fields';

export interface TrailStep {
  at: string | null;
  /** Who and how: 导入 / 手工修改 / 自动合并… */
  who: string;
  /** What happened to the value: "由「A」改为「B」", "首次记录". */
  what: string;
  /** The notice it came from, with its 序号 where known. */
  notice: { id: number; title: string; seq: number | null } | null;
  /**
   * The source sentence around the value's span (a little of what comes before and after),
   * when the notice's mention is among the record's sources.
   */
  sentence: { before: string; text: string; after: string } | null;
  undone: boolean;
}

const shown = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '（空）' : `「${String(v).slice(0, 60)}」`;

/**
 * The panel's fields are the grid's names; the history speaks in columns, of the record's
 * own table only (a duty's status is not the record's).
 */
const entryField = (h: HistoryEntry): RecordFieldName | undefined =>
  h.table === 'records' && h.field ? fieldOfColumn(h.field) : undefined;

/** Context either side kept short: the trail sits inside the field list. */
const CONTEXT = 30;

function around(m: PanelMention): TrailStep['sentence'] {
  if (m.addedByHand) return null;
  const before = m.before.length > CONTEXT ? `…${m.before.slice(-CONTEXT)}` : m.before;
  const after = m.after.length > CONTEXT ? `${m.after.slice(0, CONTEXT)}…` : m.after;
  return { before: before.replace(/^…+/, '…'), text: m.text, after: after.replace(/…+$/, '…') };
}

/** A change a notice made: the notice, and its sentence naming this record when it is a source. */
function fromEntry(h: HistoryEntry, mentions: readonly PanelMention[]): TrailStep {
  const by = h.actorLabel === h.kindLabel ? h.kindLabel : `${h.actorLabel}${h.kindLabel}`;
  const noticed = h.noticeId !== null && h.kind !== 'merge';
  const mention = noticed ? mentions.find((m) => m.noticeId === h.noticeId) : undefined;
  return {
    at: h.at,
    who: by,
    what: `由${shown(h.before)}改为${shown(h.after)}`,
    notice: noticed
      ? { id: h.noticeId!, title: h.noticeTitle ?? '通知', seq: mention?.seq ?? null }
      : null,
    sentence: mention ? around(mention) : null,
    undone: h.undone,
  };
}

function fromSource(s: FieldSource, mentions: readonly PanelMention[], first: boolean): TrailStep {
  const mention = mentions.find((m) => m.mentionId === s.mentionId);
  const by = s.opKind === 'import' ? '导入' : `${s.actorLabel ?? ''}${s.opLabel ?? ''}` || '设定';
  return {
    at: s.at,
    who: by,
    what:
      s.mentionId === null
        ? '设定了这个值'
        : s.opKind !== 'import'
          ? '选用了这份通知中的值'
          : first
            ? '最初从通知读出'
            : '从通知中读出',
    notice:
      s.noticeId !== null ? { id: s.noticeId, title: s.noticeTitle ?? '通知', seq: s.seq } : null,
    sentence: mention ? around(mention) : null,
    undone: false,
  };
}

/**
 * The steps of one field, newest first: the logged changes of the field, and its source.
 * - A source whose operation also logged a change (an edit is both) is told once, as the change.
 * - A source older than the changes tells where the value they replaced came from
 *   (最初从通知读出); when the first change replaced nothing (（空） → 已验收), the source is
 *   stale (the view names the record's first notice for any value it holds) and is left out.
 * - With no source, an edited value still says where it first came from: the import that
 *   brought the record.
 */
export function fieldTrail(
  field: RecordFieldName,
  panel: Pick<RecordPanelData, 'sources' | 'mentions'>,
  history: readonly HistoryEntry[],
): TrailStep[] {
  const changes = history.filter((h) => entryField(h) === field);
  const live = changes.filter((h) => !h.undone);
  const steps = changes.map((h) => ({ opId: h.opId, step: fromEntry(h, panel.mentions) }));
  const first = live.at(-1);
  const source = panel.sources.find((s) => s.field === field);
  const toldByChange = source && live.some((h) => h.opId === source.opId);
  if (source && !toldByChange) {
    const older = first !== undefined && (source.opId ?? 0) < first.opId;
    if (!older || shown(first.before) !== '（空）')
      steps.push({ opId: source.opId ?? 0, step: fromSource(source, panel.mentions, older) });
  } else if (first && shown(first.before) !== '（空）') {
    const born = history.filter((h) => h.kind === 'import' && h.field === null && !h.undone).at(-1);
    if (born && born.opId < first.opId)
      steps.push({
        opId: born.opId,
        step: {
          at: born.at,
          who: '导入',
          what: '最初从通知读出',
          notice:
            born.noticeId !== null
              ? { id: born.noticeId, title: born.noticeTitle ?? '通知', seq: null }
              : null,
          sentence: null,
          undone: false,
        },
      });
  }
  return steps.sort((a, b) => b.opId - a.opId).map((x) => x.step);
}
