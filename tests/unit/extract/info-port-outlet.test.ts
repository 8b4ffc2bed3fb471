/**
 * A city portal named 某某信息港 filing a story under its own dateline ("某某信息港讯（某某日报
 * 通讯员…）") is the item's outlet, as a 网 or an 在线 is; the words 信息港 inside a sentence name
 * no outlet.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an information-port dateline', () => {
  it('names the outlet, in traditional characters as written', () => {
    const r = readResolved(
      '昆明信息港訊(昆明日報 通訊員何樹霖)近日,西山區舉行“紅色物業”項目授牌儀式。',
    );
    expect(r.n.metadata.issuer).toBe('昆明信息港');
  });

  it('is no outlet inside a headline sentence', () => {
    const r = readResolved('市信息港建设推进会召开(记者 张三)近日,西山区举行仪式。');
    expect(r.n.metadata.issuer).toBeNull();
  });
});
