/**
 * An organ's numbered announcement (某部公告第432号), its numbers running on over the years with
 * no year in them, is the notice's 文号 when it stands on its own line; cited in a sentence it
 * is another document's, and a 文号 with its year keeps its own reading.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const BODY =
  '根据有关规定，决定对中国青禾协会、中国东坡学会等2家社会组织降低评估等级。\n民政部\n2020年4月28日';

describe('a numbered announcement', () => {
  it('is the 文号 on its own line, with no year of its own', () => {
    const m = meta(
      `民政部关于中国青禾协会等2家社会组织降低评估等级的公告\n民政部公告第500号\n${BODY}`,
    );
    expect(m.docNo).toBe('民政部公告第500号');
    expect(m.issuedOn).toBe('2020-04-28');
  });

  it('is no 文号 cited inside a sentence', () => {
    const m = meta(
      `关于做好社会组织评估工作的通知\n各省民政厅：根据民政部公告第500号的有关要求，现就做好评估工作通知如下。\n民政部\n2020年4月28日`,
    );
    expect(m.docNo).toBeNull();
  });

  it('leaves a 文号 with its year as it was', () => {
    const m = meta(`关于做好社会组织评估工作的通知\n民函〔2020〕41号\n各省民政厅：现通知如下。`);
    expect(m.docNo).toBe('民函〔2020〕41号');
  });
});
