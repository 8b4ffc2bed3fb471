/**
 * A journal database's abstract (摘要, the text opened by <正>) tells of others' acts: news, even
 * where it says a ministry confirmed a place. Controls: the same sentence in the ministries' own
 * notice (title, addressee) confirms, and a 正 inside running text is no mark.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const SENTENCE = '2020年,民政部、财政部确定铜川市为全国第五批居家和社区养老服务改革试点城市。';
const role = (text: string) => readResolved(text + '\n').n.metadata.role;

describe('a journal abstract', () => {
  it('is news', () => {
    expect(role(`摘要\n<正>首先,确立双目标,全面推进试点工作${SENTENCE}`)).toBe('news');
    expect(role(`<正>首先,确立双目标,全面推进试点工作${SENTENCE}`)).toBe('news');
  });

  it('leaves the ministries own notice a confirmation', () => {
    expect(
      role(
        `民政部 财政部关于确定第五批居家和社区养老服务改革试点地区的通知\n各省、自治区、直辖市民政厅（局）、财政厅（局）：\n${SENTENCE}`,
      ),
    ).toBe('confirmation');
  });

  it('reads no mark in running text', () => {
    expect(
      role(
        `民政部 财政部关于确定第五批居家和社区养老服务改革试点地区的通知\n各省、自治区、直辖市民政厅（局）、财政厅（局）：\n经评审<正式>确定，${SENTENCE}`,
      ),
    ).toBe('confirmation');
  });
});
