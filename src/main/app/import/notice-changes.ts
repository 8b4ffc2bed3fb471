/**
 * One notice's import inside its operation: which items are records already there (by
 * identity) and which are new, the mentions and status events it records, and a summary of
 * what it changed for the preview and the message after commit.
 */
import type { NoticeChanges } from '../../../shared/contract';
import type { NoticeWarning } from '../../../shared/domain';
import type { NoticeDraft, RecordDraft, RuleDraft } from '../../../shared/ledger-drafts';
import { LATER_ROLES, NOTICE_ROLE_LABELS, type NoticeRole } from '../../../shared/notice-roles';
import { namesMunicipalZone } from '../../core/gazetteer/dev-zone-fallback';
import { organWordsAt } from '../../core/import/extract/organ-rests';
import { NAMED_BODY } from '../../core/import/extract/place-lines';
import { namesInstitution } from '../../core/import/extract/labelled-bodies';
import { namedAttraction } from '../../core/import/extract/named-sites';
import { toKey } from '../../core/import/extract/text-key';
import { isSecondary } from '../../core/records/source-authority';
import { regionCodesOfRecords } from '../../db/queries/region-codes';
import { insertImport } from '../../db/write/import-rows';
import type { WriteTx } from '../../db/write/write-tx';
import { dedupeSettings } from '../dedupe/ledger-dedupe';
import type { KeptRegionCodes } from '../dedupe/nearby-codes';
import { writeEvents, type EventItem } from '../records/record-events';
import { closeCreationsByNaming } from '../records/naming-closes';
import type { IdentityMatch } from '../../core/dedupe/identity';
import { applyChoices, keepRefusedApart } from './join-choices';
import { joinRecord, planJoins, sourceOf } from './join-records';
import { RETOLD_REASON } from './retold-reason';
import { municipalityAmongCities } from './listed-municipality';
import { rulesScopedToJoins } from './rule-scope';
import { twinNoticeWarning, type BatchNotice } from './twin-notice';

/** Roles whose items are normally records confirmed by an earlier notice. */
const LATER: ReadonlySet<string> = LATER_ROLES;

function withoutRecordWarning(notice: NoticeDraft, fresh: readonly RecordDraft[]): NoticeWarning[] {
  if (!notice.role || !LATER.has(notice.role) || fresh.length === 0) return [...notice.warnings];
  const label = NOTICE_ROLE_LABELS[notice.role as NoticeRole];
  const names = fresh
    .slice(0, 6)
    .map((d) => String(d.fields.region_text ?? d.fields.unit ?? d.fields.title ?? ''))
    .join('、');
  return [
    ...notice.warnings,
    {
      code: 'record_without_confirmation',
      message: `本通知为“${label}”，其中 ${fresh.length} 个单位（${names}${fresh.length > 6 ? '等' : ''}）在台账中尚无记录（未导入确认名单，或项目、批次写法不同），已据本通知新建，请核对；确认名单导入后将按身份自动关联。`,
      seqs: fresh.map((d) => d.seq),
    },
  ];
}

/**
 * A skipped item is named the way the reviewer finds it in the notice: its 序号 and what it
 * wrote. A row whose place could not be read at all ("上城玉皇山南基金小镇") has no place
 * to show, so its own text names it; never an empty name.
 */
function skippedName(d: RecordDraft): string {
  const text = [d.fields.region_text, d.fields.unit, d.fields.title]
    .map((v) => (typeof v === 'string' ? v.trim() : ''))
    .find((v) => v !== '');
  const quoted = `“${(text ?? '').slice(0, 20)}”`;
  return d.seq !== null ? `第${d.seq}项${quoted}` : quoted;
}

/**
 * The units retold from an earlier batch that the ledger holds no record of: the notice only
 * names them, so nothing is created, and the note says which ones (never a silent drop).
 */
function retoldWarning(retold: readonly RecordDraft[]): NoticeWarning {
  const names = retold.slice(0, 6).map(skippedName).join('、');
  const batches = [...new Set(retold.map((d) => String(d.fields.batch ?? '')).filter(Boolean))];
  return {
    code: 'record_without_confirmation',
    message: `提及前批单位${retold.length}个（${names}${retold.length > 6 ? '等' : ''}${
      batches.length ? `，${batches.join('、')}` : ''
    }），台账中无对应记录，未新建；导入该批名单后，再导入本通知即可关联。`,
    seqs: retold.map((d) => d.seq),
  };
}

function skippedWarning(skipped: readonly RecordDraft[]): NoticeWarning {
  const unplaced = skipped.filter((d) => !d.fields.region_text).length;
  const what =
    unplaced === skipped.length
      ? '未能读出所在的区县或乡镇'
      : unplaced === 0
        ? '不是台账中已有的单位，也不是具体的区县或乡镇'
        : '不是台账中已有的单位，也未能读出具体的区县或乡镇';
  return {
    code: 'record_without_confirmation',
    message: `本通知有 ${skipped.length} 项（${skipped
      .slice(0, 6)
      .map(skippedName)
      .join('、')}${skipped.length > 6 ? '等' : ''}）${what}，未建记录；如有遗漏请手工补录或关联。`,
    seqs: skipped.map((d) => d.seq),
  };
}

/**
 * The item's place is a unit (county, city or township), not just a province; a zone of its
 * own at a municipality's code counts (a 直辖市 is the city level for its districts), and so
 * does an organisation named after its province (某省某某协会) or the province's organ named as a
 * unit (某省民政厅 among pilot areas), or any institution named after it (某省荣军医院): the unit
 * is the organisation.
 */
function placedBelowProvince(d: RecordDraft): boolean {
  const code = typeof d.fields.region_code === 'string' ? d.fields.region_code : '';
  if (!/^\d{6}$/.test(code)) return false;
  if (!code.endsWith('0000')) return true;
  const text = typeof d.fields.region_text === 'string' ? d.fields.region_text : '';
  const unit = typeof d.fields.unit === 'string' ? d.fields.unit : '';
  if (text !== '' && unit.startsWith(text)) {
    const rest = toKey(unit.slice(text.length));
    if (NAMED_BODY.test(toKey(unit)) || (rest !== '' && organWordsAt(rest) === rest)) return true;
  }
  // An institution named after its province or municipality, written whole or short
  // (某省荣军医院, 某市救助管理事务中心, 某市开发区某某协会): the institution is the unit.
  const short = text.replace(/(?:省|市|自治区|特别行政区)$/, '');
  if (short.length >= 2 && unit.startsWith(short) && namesInstitution(unit)) return true;
  // A scenic area or park known by its own name, filed under the province a list of them
  // writes before it (内蒙古某某国家湿地公园, 江西某山风景名胜区): the site is the unit.
  const title = typeof d.fields.title === 'string' ? d.fields.title : '';
  if (title !== '' && namedAttraction(toKey(title))) return true;
  // A list's own entry known by its own name, filed under the province the list gives: an
  // enterprise by its registered name (…的四川名单: 新希望集团有限公司), a site under a column
  // headed by its kind (风景名胜区 | 采石). Only the list's own entries: a company named beside a
  // unit (a base's operator, 福建省某某旅游发展有限公司) is not.
  if (d.namedUnit) return true;
  return namesMunicipalZone(text, code);
}

/**
 * A body named for itself with no place at all (a national social organisation in the
 * ministry's grade decision): the organisation is the unit, no passing mention of a place.
 */
function placelessBody(d: RecordDraft): boolean {
  const { region_text: text, region_code: code, unit, title } = d.fields;
  return !text && !code && typeof unit === 'string' && unit === title && namesInstitution(unit);
}

export interface WrittenNotice {
  noticeId: number;
  /** In the order the notice lists them: new and joined records alike. */
  recordIds: number[];
  /**
   * The records this notice created, which the duplicate check looks at: those the reviewer
   * detached too, kept apart from the record they refused only (join-choices.ts).
   */
  createdIds: number[];
  changes: NoticeChanges;
}

export function writeNotice(
  tx: WriteTx,
  notice: NoticeDraft,
  records: readonly RecordDraft[],
  rules: readonly RuleDraft[],
  /** The reviewer's choices by item index: join to this record, or (null) make a new one. */
  choices: ReadonlyMap<number, number | null>,
  /** Live region codes by city, read once for the notice's identity and duplicate checks. */
  stored: KeptRegionCodes,
  /** The notices of the batch's files before this one (their twins are flagged too). */
  batch: readonly BatchNotice[] = [],
): WrittenNotice {
  // Joining by identity is the import's own matching: off, like automatic merges, when the
  // user wants to review every match (the review then proposes the pairs, identity first).
  const later = !!notice.role && LATER.has(notice.role);
  const joins = dedupeSettings({ db: tx.db }).autoMerge
    ? planJoins(tx.db, records, stored, later)
    : new Map<number, IdentityMatch>();
  const detached = applyChoices(tx, records, joins, choices);
  // A unit retold from an earlier batch is a mention of that batch's record or nothing: never
  // a record made from the retelling (unless the reviewer chose to make one).
  const unrecorded = records
    .map((_, i) => i)
    .filter((i) => records[i]!.retold && !joins.has(i) && !detached.has(i));
  // A later notice (or news) makes a record only for a real unit: a province or a place
  // not found is a passing mention or a misreading, never a new zone — unless the notice
  // states the province as a unit of its programme (core stated-provinces.ts).
  const skipped = later
    ? records
        .map((_, i) => i)
        .filter(
          (i) =>
            !joins.has(i) &&
            !detached.has(i) &&
            !unrecorded.includes(i) &&
            !placedBelowProvince(records[i]!) &&
            !placelessBody(records[i]!) &&
            !records[i]!.statedProvince &&
            !municipalityAmongCities(records, i),
        )
    : [];
  const freshIdx = records
    .map((_, i) => i)
    .filter((i) => !joins.has(i) && !skipped.includes(i) && !unrecorded.includes(i));
  const fresh = freshIdx.map((i) => records[i]!);
  // What the reviewer detached was their choice, not a unit still to confirm.
  const unconfirmed = fresh.filter((_, k) => !detached.has(freshIdx[k]!));
  const warnings = withoutRecordWarning(notice, unconfirmed);
  if (skipped.length) warnings.push(skippedWarning(skipped.map((i) => records[i]!)));
  if (unrecorded.length) warnings.push(retoldWarning(unrecorded.map((i) => records[i]!)));
  const twin = twinNoticeWarning(tx.db, notice, batch);
  if (twin) warnings.push(twin);
  // A retelling scopes no rule: the rules are the notice's own batch's.
  const ownJoins = new Map([...joins].filter(([i]) => !records[i]!.retold));
  const written = insertImport(
    tx,
    { ...notice, warnings },
    fresh,
    rulesScopedToJoins(tx.db, records, ownJoins, rules),
  );
  keepRefusedApart(tx, refusedPairs(detached, freshIdx, written.recordIds));
  const source = sourceOf(written.noticeId, notice);
  // A skipped item keeps its place (0): the preview's corrections refer to items by index.
  const recordIds: number[] = new Array<number>(records.length).fill(0);
  const items: EventItem[] = [];
  freshIdx.forEach((i, k) => {
    const recordId = written.recordIds[k]!;
    recordIds[i] = recordId;
    items.push({ recordId, mentionId: written.mentionIds[k]!, draft: records[i]! });
  });
  const joined: NoticeChanges['joined'] = [];
  for (const [i, match] of joins) {
    const draft = records[i]!;
    // A retelling is a mention only: it overwrites no field and tells no event…
    const retold = !!draft.retold && !detached.has(i);
    // The reason says the notice only retold it, so the reviewer reads the mention for what it is.
    const said = retold
      ? { ...match, reason: `${RETOLD_REASON}（${draft.fields.batch}）：${match.reason}` }
      : match;
    const mentionId = joinRecord(tx, draft, said, source, !retold);
    recordIds[i] = match.id;
    // …save an acceptance the notice gives the earlier batch's unit now (另，第一批…中，A经评审，
    // 准予结项): the event of that record, its fields still untouched.
    if (!retold || draft.outcome) items.push({ recordId: match.id, mentionId, draft });
    joined.push({ recordId: match.id, reason: said.reason, index: i });
  }
  const events = writeEvents(
    tx,
    { id: written.noticeId, rawText: notice.rawText, issuedOn: notice.issuedOn },
    items,
  );
  // A naming closes the creation of the records it names, whichever of the two came first.
  events.push(...closeCreationsByNaming(tx, recordIds));
  // The records it wrote are filed under their codes from here on (its duplicate check reads them).
  stored.wrote(regionCodesOfRecords(tx.db, [...new Set(recordIds)]));
  return {
    noticeId: written.noticeId,
    recordIds,
    createdIds: written.recordIds,
    changes: {
      role: notice.role ?? null,
      secondary: isSecondary(notice.role),
      created: written.recordIds,
      joined,
      events,
      unconfirmed: notice.role && LATER.has(notice.role) ? unconfirmed.length : 0,
      skipped: skipped.length,
      retoldUnrecorded: unrecorded.length,
      milestonesAdded: 0,
      milestonesClosed: 0,
      autoMerged: 0,
    },
  };
}

/** Each detached item's new record with the record the reviewer refused for it. */
function refusedPairs(
  detached: ReadonlyMap<number, number | null>,
  freshIdx: readonly number[],
  created: readonly number[],
): Map<number, number> {
  const out = new Map<number, number>();
  freshIdx.forEach((i, k) => {
    const refused = detached.get(i);
    if (refused != null) out.set(created[k]!, refused);
  });
  return out;
}
