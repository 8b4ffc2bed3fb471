/**
 * The text the extractor reads: converter pinyin dropped, lines a PDF wrapped joined again,
 * and every span mapped back into the raw text that is stored.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { rawSpan, readingText } from '../../../src/main/core/import/extract/reading-text';

describe('reading text', () => {
  it('drops pinyin a converter left after a character, spans still point into the raw text', () => {
    const raw =
      '同意將北京市海淀區等42個(gè)縣為全國農村社區建設實(shí)驗縣，名單如下：\n北京市：海淀區、密云縣、延慶縣';
    const rt = readingText(raw, 'txt');
    expect(rt.text).not.toContain('(shí)');
    const n = extractNotice({ format: 'txt', text: raw, blocks: [] }, { fileName: 't.txt' });
    for (const r of n.records) {
      expect(raw.slice(r.span.start, r.span.end)).toBe(r.regionText);
    }
  });

  it('drops pinyin a PDF wrapped onto the next line, away from its character', () => {
    const raw = '南平市入選的2個(gè)優\n(yōu)秀案例,分別為浦城縣《創新工作機制》\n(a) 附件';
    const rt = readingText(raw, 'txt');
    expect(rt.text).toBe('南平市入選的2個優\n秀案例,分別為浦城縣《創新工作機制》\n(a) 附件');
  });

  it('drops toneless pinyin before the number a sentence goes on with', () => {
    const rt = readingText(
      '青禾縣三個社區被評(ping) 為(wei) 2024年省級示範社區，編號(hao) 12號。',
      'html',
    );
    expect(rt.text).toContain('被評為2024年省級示範社區');
    expect(rt.text).toContain('編號12號');
  });

  it('drops toneless pinyin and the space a converter left inside a name, and no other bracket', () => {
    const raw =
      '《通知》指出，決(jue) 定命名北京市東(dong) 城區和平裏街道東(dong) 河沿社區等999個(ge) 社區為(wei) 全國示範性老年友好型社區。附件(a) 名单见(附件2)';
    const rt = readingText(raw, 'html');
    expect(rt.text).toContain('北京市東城區和平裏街道東河沿社區等999個社區為全國');
    expect(rt.text).toContain('附件(a) 名单见(附件2)');
    const at = rt.text.indexOf('東城區');
    const span = rawSpan(rt, at, at + 3);
    expect(raw.slice(span.start, span.end)).toBe('東(dong) 城區');
    const n = extractNotice({ format: 'html', text: raw, blocks: [] }, { fileName: 't.html' });
    expect(n.records.map((r) => r.regionText)).toEqual(['北京市東城區和平裏街道東河沿社區']);
    const [r] = n.records;
    expect(r && raw.slice(r.span.start, r.span.end)).toBe(
      raw.slice(raw.indexOf('北京市'), raw.indexOf('等999')),
    );
  });

  it('joins lines a PDF wrapped at its width, and keeps real line breaks', () => {
    const raw = [
      '2019年3月以来，北京市石景山区，天津市河北区，辽宁省沈阳市和平区，黑龙',
      '江省双鸭山市岭东区，上海市徐汇区、长宁区，江苏省南京市雨花台区等实',
      '验区有序推进实验工作，形成了一批特色鲜明的创新成果，值得各地学习借鉴。',
      '一是探索健全居民自治工作机制。',
    ].join('\n');
    const rt = readingText(raw, 'pdf');
    expect(rt.text).toContain('黑龙江省双鸭山市岭东区');
    expect(rt.text).toContain('。\n一是');
    const at = rt.text.indexOf('黑龙江省');
    const span = rawSpan(rt, at, at + 4);
    expect(raw.slice(span.start, span.end)).toBe('黑龙\n江省');
  });

  it('leaves a Word or plain-text notice’s lines alone', () => {
    const raw = '关于确认实验区的通知\n民政部\n2023年1月1日';
    expect(readingText(raw, 'txt').identity).toBe(true);
  });

  it('closes the space an aligned list pads a two-character county with, and no other space', () => {
    const raw =
      '名单如下：\n沙 县\n大洛镇昌荣村\n勉　县：勉阳街道天荡山社区、定军山镇沟口村\n全市各 区要加强指导';
    const rt = readingText(raw, 'txt');
    expect(rt.text).toContain('\n沙县\n');
    expect(rt.text).toContain('\n勉县：');
    expect(rt.text).toContain('全市各 区');
    const at = rt.text.indexOf('勉县');
    const span = rawSpan(rt, at, at + 2);
    expect(raw.slice(span.start, span.end)).toBe('勉　县');
  });
});
