/**
 * A story reports; it sets no official duty. A news item naming zones and a deadline their
 * duty already has on record (the ministry's confirmation, the programme's rules) is a mention:
 * it neither re-dates the duty nor becomes its basis (依据). An official extension still moves
 * it. Composed notices in the shapes of the ministry's confirmation and a provincial daily.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import type { Ledger } from '../../src/main/db/ledger';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

const confirmation = textFile('confirm.txt', [
  '民政部关于确认全国第四批社区治理和服务创新实验区的通知',
  '民函〔2019〕41号',
  '各省、自治区、直辖市民政厅（局）：',
  '经研究，确认北京市石景山区、江苏省南京市栖霞区、浙江省宁波市海曙区为全国社区治理和服务创新实验区，实验时间为期两年。',
  '各实验区要于每年12月31日前向民政部报送年度工作总结，实验期满前报送结项报告。',
  '民政部',
  '2019年3月25日',
]);

const story = textFile('story.txt', [
  '我省一地入选全国社区治理和服务创新实验区',
  '本报讯（记者张三）近日，民政部确认江苏省南京市栖霞区为全国社区治理和服务创新实验区。',
  '据了解，各实验区每年11月30日前报送年度工作总结，实验期为三年。',
  '2019年4月3日',
]);

const extension = textFile('extension.txt', [
  '民政部关于同意南京市栖霞区全国社区治理和服务创新实验区延期的批复',
  '江苏省民政厅：',
  '你厅《关于南京市栖霞区全国社区治理和服务创新实验区延期的请示》收悉。经研究，同意南京市栖霞区全国社区治理和服务创新实验区实验期延长至2022年3月31日。',
  '民政部',
  '2021年3月1日',
]);

const finalReports = () =>
  deadlines(ledger, { asOf: '2019-06-01' })
    .filter((d) => d.kind === 'final_report' && d.record?.regionCode === '320113')
    .map((d) => d.dueOn);

const summaries = () =>
  deadlines(ledger, { asOf: '2019-06-01' }).filter(
    (d) => d.kind === 'annual_summary' && d.record?.regionCode === '320113',
  );

describe('a story naming a duty on record', () => {
  it('neither re-dates the duty nor becomes its basis', async () => {
    expect((await importFiles(ledger, [confirmation])).failures).toEqual([]);
    const before = summaries().map((d) => [d.dueOn, d.rule.text]);
    expect(before.length).toBeGreaterThan(0);
    expect((await importFiles(ledger, [story])).failures).toEqual([]);
    expect(summaries().map((d) => [d.dueOn, d.rule.text])).toEqual(before);
  });

  it('imported first, still gives way to the confirmation that comes after it', async () => {
    expect((await importFiles(ledger, [confirmation])).failures).toEqual([]);
    const want = summaries().map((d) => [d.dueOn, d.rule.text]);
    cleanup();
    ({ ledger, cleanup } = await tempLedger());
    expect((await importFiles(ledger, [story])).failures).toEqual([]);
    expect((await importFiles(ledger, [confirmation])).failures).toEqual([]);
    expect(summaries().map((d) => [d.dueOn, d.rule.text])).toEqual(want);
  });

  it('leaves an official extension to move the end', async () => {
    for (const f of [story, confirmation])
      expect((await importFiles(ledger, [f])).failures).toEqual([]);
    expect(finalReports()).toEqual(['2021-03-25']);
    expect((await importFiles(ledger, [extension])).failures).toEqual([]);
    expect(finalReports()).toEqual(['2022-03-31']);
  });
});
