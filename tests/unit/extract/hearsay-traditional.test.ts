/**
 * Hearsay written in traditional characters: 據瞭解 (了解 as the traditional page writes it, 瞭解)
 * tells a story as 据了解 does (story-voice.ts). Composed wording; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LIST =
  '首批4個政協基層聯系點,分別為許厝社區聯系點、文化藝術界委員聯系點、晉江市經濟開發區職工法律服務一體化基地聯系點、婦聯界委員聯系點。';
const page = (lead: string) =>
  [
    '為進一步發揮政協委員面向基層的優勢,12日上午,晉江首批4個政協委員基層聯系點揭牌儀式舉行。',
    LIST,
    `${lead}許厝社區聯系點,位於梅嶺街道許厝社區鄰裡中心,可組織開展駐室接待、法律諮詢等活動。`,
  ].join('\n');

describe('hearsay in traditional characters', () => {
  it('reads a page saying 據瞭解 as a story', () => {
    expect(readResolved(page('據瞭解,')).n.metadata.role).toBe('news');
  });

  it('reads the same page without it in the voice it had', () => {
    expect(readResolved(page('')).n.metadata.role).not.toBe('news');
  });
});
