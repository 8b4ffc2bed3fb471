/** Random and perturbed text never throws and finishes in bounded time. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { fixturesDir, txtDoc } from './helpers';
import { expectNoRunaway, expectNoRunawaySync } from '../../support/runaway';

const PIECES = [
  '1.',
  '（2）',
  '一、',
  '北京市',
  '朝阳区',
  '：',
  '——',
  '\t',
  '\n',
  '、',
  '，',
  '。',
  '年',
  '月',
  '日',
  '二〇',
  '十二',
  '〔2019〕',
  '号',
  '关于',
  '的通知',
  '实验区',
  '典型案例',
  '观察点',
  '（3个）',
  '****',
  '“',
  '”',
  '序号',
  '地区',
  '每年',
  '为期',
  '街道',
  '镇',
  '市',
];
const fragment = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[0-9]{1,4}$/),
);
const notice = fc.array(fragment, { maxLength: 400 }).map((parts) => parts.join(''));

function check(text: string): void {
  // Notice-like text of this size extracts in ~5–20 ms; the guard is for a backtracking regex.
  const n = expectNoRunawaySync(100, () => extractNotice(txtDoc(text), { fileName: 'x.txt' }));
  for (const r of n.records) {
    expect(r.span.start).toBeGreaterThanOrEqual(0);
    expect(r.span.end).toBeLessThanOrEqual(text.length);
  }
}

describe('robustness', () => {
  it('random notice-like text', () => {
    fc.assert(fc.property(notice, check), { numRuns: 300 });
  });

  it('fixtures with random deletions and insertions', () => {
    const base = readFileSync(path.join(fixturesDir, 'f01-case-categories.txt'), 'utf8');
    const edit = fc.array(fc.tuple(fc.nat(base.length), fc.nat(20), fc.string({ maxLength: 8 })), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(edit, (edits) => {
        let text = base;
        for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(at + del);
        check(text);
      }),
      { numRuns: 200 },
    );
  });

  it('a large notice finishes without runaway', async () => {
    const line = '1. 北京市朝阳区：实施“社区成长伙伴计划”探索超大城市社区治理创新路径\n';
    const big = Array.from({ length: 900 }, (_, i) => line.replace('1.', `${i + 1}.`)).join('');
    // ~140 ms cold on a quiet machine.
    const n = await expectNoRunaway(500, () => extractNotice(txtDoc(big), { fileName: 'big.txt' }));
    expect(n.records).toHaveLength(900);
  });
});
