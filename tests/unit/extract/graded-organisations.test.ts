/**
 * A ministry's decision lowering or cancelling national social organisations' evaluation grades
 * names bodies with no place: each is an entry titled by its name (one record for a name told
 * twice), a cancelled grade is a revocation, a group counted larger than it names says so, and
 * a news item passing the decision on still makes its records. A headline's example before
 * 等N家 is no entry of its own; organisations named with no grade decision are none.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { gradedOrganisations } from '../../../src/main/core/import/extract/graded-organisations';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import type { Ledger } from '../../../src/main/db/ledger';
import { tempLedger } from '../../support/temp-ledger';
import { txtDoc } from './helpers';

const DECISION = [
  '民政部公告第500号',
  '根据《社会组织评估管理办法》第三十条的规定，决定对中国青禾协会等5家社会组织降低评估等级。',
  '一、中国青禾协会等3家社会组织连续2年年度检查基本合格，现决定将中国青禾协会评估等级由4A级降为3A级，中国东坡学会、中华南湖研究会评估等级由3A级降为2A级。',
  '二、北川文化发展中心2019年年度检查不合格，现决定将北川文化发展中心评估等级由3A级降为2A级。',
  '此外，中国西岭基金会在其分支机构下再设立分支机构，被取消评估等级。',
  '民政部',
  '2020年4月28日',
].join('\n');

const NEWS = [
  '民政部：中国青禾协会等7家社会组织被降级',
  '记者22日从民政部了解到，民政部决定对中国东坡学会、中华南湖研究会、中国青禾行业协会等7家社会组织降低评估等级。',
].join('\n');

const titles = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't' }).records.map((r) => r.title);

describe('organisations named in a grade decision', () => {
  it('are entries titled by name, with no place, each once', () => {
    const got = extractNotice(txtDoc(DECISION), { fileName: 't' });
    expect(got.records.map((r) => r.title)).toEqual([
      '中国青禾协会',
      '中国东坡学会',
      '中华南湖研究会',
      '北川文化发展中心',
      '中国西岭基金会',
    ]);
    expect(got.records.every((r) => r.regionText === null)).toBe(true);
    expect(got.records.find((r) => r.title === '中国西岭基金会')?.outcome?.status).toBe('已撤销');
    expect(got.records.find((r) => r.title === '中国东坡学会')?.outcome).toBeUndefined();
    // The organ's own decision on the grades its evaluation gave: that evaluation's outcome.
    const lowered = DECISION.split('\n').filter((l) => !l.startsWith('此外'));
    expect(extractNotice(txtDoc(lowered.join('\n')), { fileName: 't' }).metadata.role).toBe(
      'acceptance',
    );
  });

  it('never take a headline example before 等N家, and say a group counted larger', () => {
    const got = extractNotice(txtDoc(NEWS), { fileName: 't' });
    expect(got.records.map((r) => r.title)).toEqual([
      '中国东坡学会',
      '中华南湖研究会',
      '中国青禾行业协会',
    ]);
    expect(got.warnings.some((w) => w.code === 'count_mismatch')).toBe(true);
  });

  it('are none without a grade decision (an honour named to organisations)', () => {
    const honour =
      '经评选，授予中国东坡学会、中华南湖研究会、中国青禾行业协会等3家社会组织全国先进社会组织称号。';
    expect(gradedOrganisations(keyText(honour)).records).toEqual([]);
    expect(titles(honour)).not.toContain('中国东坡学会');
    const listed = extractNotice(
      txtDoc(`民政部\n${honour}\n1.中国东坡学会\n2.中华南湖研究会\n3.中国青禾行业协会`),
      { fileName: 't' },
    );
    expect(listed.metadata.role).not.toBe('acceptance');
  });
});

describe('a rule on grades beside organisations named for something else', () => {
  // A meeting's news or a measure's explainer says when grades are lowered: the organisations
  // it names (speakers, units praised) were graded by nobody and make no entries.
  it.each([
    [
      '成都市民政局开展社会组织评估工作',
      '会议指出，对年度检查不合格的社会组织将降低评估等级。成都市慈善协会、成都市社会工作协会等3家社会组织作了交流发言。',
    ],
    [
      '全市社区社会组织发展情况',
      '某某社区服务中心、某某养老服务中心等12家社会组织积极参与社区治理。对于不按规定参加年检的，将依法取消评估等级。',
    ],
  ])('%s: no entries', (title, body) => {
    const got = extractNotice(txtDoc(`${title}\n${body}`), { fileName: 't' });
    expect(got.records).toEqual([]);
    expect(got.metadata.role).toBe('news');
  });
});

describe('the group a decision falls on, told apart from it', () => {
  it('names entries as the reason, and cut off after its count', () => {
    const text = [
      '民政部决定对中国青禾协会等4家社会组织降低评估等级。',
      '鉴于中国东坡学会、中华南湖研究会等2家社会组织年度检查不合格，现决定将其评估等级由3A级降为2A级。',
      '鉴于北川文化发展中心、西岭证券博物馆2家社',
    ].join('\n');
    expect(titles(text)).toEqual([
      '中国东坡学会',
      '中华南湖研究会',
      '北川文化发展中心',
      '西岭证券博物馆',
    ]);
  });
});

describe('a 公示 of grades proposing to lower one', () => {
  it('is still the proposal to confirm, no acceptance', () => {
    const text = [
      '关于2023年度社会组织评估等级的公示',
      '经评估委员会审议，拟确定以下社会组织评估等级：',
      '1.成都市锦江区慈善协会 4A',
      '2.成都市武侯区社工协会 3A',
      '另，拟决定将成都市金牛区志愿者协会评估等级由4A级降为3A级。',
      '公示期为2023年5月1日至5月7日。',
    ].join('\n');
    const got = extractNotice(txtDoc(text), { fileName: 't' });
    expect(got.records.length).toBeGreaterThan(0);
    expect(got.metadata.role).toBe('confirmation');
  });
});

describe('a news item passing a grade decision on', () => {
  let ledger: Ledger;
  let cleanup: () => void;
  beforeEach(async () => {
    const t = await tempLedger();
    ledger = t.ledger;
    cleanup = t.cleanup;
  });
  afterEach(() => cleanup());

  it('makes a record of each organisation, with no place', async () => {
    const o = await importFiles(ledger, [{ name: 'a.txt', bytes: Buffer.from(NEWS) }], {
      dryRun: true,
    });
    expect(o.records.map((r) => r.title)).toEqual([
      '中国东坡学会',
      '中华南湖研究会',
      '中国青禾行业协会',
    ]);
    expect(o.records.every((r) => r.regionCode === null)).toBe(true);
  });
});
