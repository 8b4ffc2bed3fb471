/**
 * Never silent: a run of townships' villages and communities written one after another
 * ("…海阳镇盐铺村、商山镇黄村、鹤城乡左右龙村、渭桥乡资村…全部通过复核被保留") that no
 * layout read is a list in a shape nobody taught us. It is said, with where it is. Stops of a
 * visit ("考察了A镇B村、C镇D村") are passing mentions, and counties and cities alone are
 * places told of, not entries: neither is reported.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/** A township's village or community, written without its county. */
const UNIT =
  /^(?:(?![等的为和及与获被入评共个以在])[\u4e00-\u9fff]){1,8}?(?:镇|乡|街道|苏木)(?:(?![等的为和及与获被入评共个以在])[\u4e00-\u9fff]){1,10}(?:村|社区|嘎查)$/;
const PASSING = /(调研|考察|走访|视察|陪同|参观|来到|深入到|先后到)[^。；]*$/;
/** How many such names in one run make a list. */
const RUN = 3;

export function unreadRuns(doc: KeyedText, lists: ListDraft[], records: number): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  const read = (from: number, to: number): boolean =>
    lists.some((l) => l.items.some((it) => it.start < to && it.end > from));
  for (const line of doc.lines) {
    // The pieces between 、 on the line, each with where it starts.
    let at = line.start;
    const pieces = line.key.split(/[、，,；;。]/).map((text) => {
      const piece = { text, start: at };
      at += text.length + 1;
      return piece;
    });
    let run: typeof pieces = [];
    const flush = (): void => {
      const first = run[0];
      const last = run[run.length - 1];
      const count = run.length;
      run = [];
      if (!first || !last || count < RUN || records >= count) return;
      const end = last.start + last.text.length;
      if (read(first.start, end) || PASSING.test(doc.key.slice(line.start, first.start))) return;
      out.push({
        code: 'unread_list',
        message: `“${doc.text.slice(first.start, Math.min(end, first.start + 30))}”等${count}个名称没有读作条目（格式未能识别），请核对`,
        start: first.start,
        end,
      });
    };
    for (const p of pieces) {
      if (run.length > 0 && UNIT.test(p.text.trim())) {
        run.push(p);
        continue;
      }
      flush();
      // A run's first name may follow the words that lead to it ("…示范村海阳镇盐铺村").
      const lead = leadingOff(p.text);
      if (lead) run.push({ text: p.text.slice(lead), start: p.start + lead });
    }
    flush();
  }
  return out;
}

/** A run's first name after the words that lead to it: a township of two to four characters. */
const LEAD_UNIT =
  /^[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|苏木)(?:(?![等的为和及与获被入评共个以在])[\u4e00-\u9fff]){1,10}(?:村|社区|嘎查)$/;

/** Where a piece's township unit starts ("…示范村海阳镇盐铺村" → 海阳镇…), or null. */
function leadingOff(text: string): number | null {
  if (UNIT.test(text.trim())) return 0;
  // The shortest tail that names a township and its village: the lead words stay out.
  for (let i = text.length - 4; i > 0; i--) if (LEAD_UNIT.test(text.slice(i).trim())) return i;
  return null;
}
