/**
 * A page telling a list decided retells the 公示 that proposed it ("上月底，某局发布了《关于…的公示》，
 * 拟确定A、B、C…为…"): the proposal's units are the round's candidates, kept as mentions (retold),
 * never entries beyond those decided — a candidate the decision left out was never confirmed.
 * Controls: a page whose only list is the proposal (a 公示, or a story on one) keeps its units,
 * and a decision's own sentence naming no 公示 is left alone. Composed notices.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const DECIDED =
  '国家旅游局网站公布消息，3家旅游度假区被确定为国家级旅游度假区，分别为：海南省三亚市亚龙湾旅游度假区、江苏省无锡市宜兴阳羡生态旅游度假区、福建省福州市鼓岭旅游度假区。';
const PROPOSAL =
  '上月底，国家旅游局发布了《关于推出4家国家级旅游度假区的公示》，拟确定海南省三亚市亚龙湾旅游度假区、黑龙江省哈尔滨市亚布力滑雪旅游度假区、江苏省无锡市宜兴阳羡生态旅游度假区、福建省福州市鼓岭旅游度假区4家度假区为国家级旅游度假区。';

const own = (text: string) =>
  readResolved(text)
    .n.records.filter((r) => !r.retold)
    .map((r) => r.regionText);

describe('a 公示 retold by the page deciding its list', () => {
  it('keeps the decided units and retells the proposal’s', () => {
    const { n } = readResolved(`${DECIDED}\n${PROPOSAL}\n`);
    const kept = n.records.filter((r) => !r.retold);
    expect(kept).toHaveLength(3);
    expect(kept.some((r) => r.regionText?.includes('哈尔滨'))).toBe(false);
    expect(n.records.filter((r) => r.retold).length).toBeGreaterThan(0);
  });

  it('keeps a proposal that is the page’s only list', () => {
    expect(own(`${PROPOSAL}\n`)).toHaveLength(4);
  });

  it('keeps a proposal the page itself shows, naming no 公示 as done', () => {
    const shown =
      '经评定，拟确定海南省三亚市亚龙湾旅游度假区、黑龙江省哈尔滨市亚布力滑雪旅游度假区为国家级旅游度假区，现予公示。';
    expect(own(`${DECIDED}\n${shown}\n`)).toHaveLength(5);
  });
});

describe('a page confirming its list after the 公示 period', () => {
  const own = (text: string) =>
    readResolved(text)
      .n.records.filter((r) => !r.retold)
      .map((r) => r.regionText);

  it.each([
    [
      '2023年10月，省农业农村厅发布了《关于拟认定第三批省级现代农业产业园的公示》，公示期满无异议，现认定遂宁市安居区现代农业产业园、射洪市现代农业产业园为第三批省级现代农业产业园。',
    ],
    [
      '此前，省文化和旅游厅对拟确定的省级旅游度假区进行了公示，经公示无异议，确定成都市龙泉驿区洛带古镇旅游度假区、绵阳市安州区千佛山旅游度假区为省级旅游度假区。',
    ],
    [
      '日前，我厅对拟认定的5个示范区进行了公示，公示期内未收到异议，现正式认定遂宁市安居区、射洪市为省级示范区。',
    ],
  ])('%s keeps the units it decides as records', (text) => {
    expect(own(`${text}\n蓬溪县通过评估。\n`)).toHaveLength(3);
  });
});
