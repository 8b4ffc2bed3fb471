/**
 * A place's own plan quoted under a list page: its numbered sections each repeat the place
 * its heading names ("（一）某区…方案" over "1.某区改革范围", "2.某区改革内容"); they are that
 * place's outline, not entries, and the place keeps its record from the list above.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

const LIST =
  '社区治理改革实验区名单\n' +
  '浙江省杭州市西湖区、湖北省武汉市江岸区、四川省成都市青羊区等单位确认为全国社区治理改革实验区。\n' +
  '部分地区下发了改革方案，举例如下：\n';

const plan = (head: string, first: string, second: string): string =>
  head +
  '\n' +
  first +
  '\n以两个街道的五个社区为试点，逐步推开。\n' +
  second +
  '\n一是完善议事协商机制，二是推动服务下沉到小区。\n';

describe('numbered sections repeating their heading’s place', () => {
  it('are the place’s outline, and the place keeps its list record', () => {
    const ex = extract(
      LIST +
        plan(
          '（一）武汉市江岸区社区治理改革方案',
          '1.武汉市江岸区改革范围',
          '2.武汉市江岸区改革内容',
        ),
    );
    expect(ex.records.map((r) => r.title)).not.toContain('改革范围');
    expect(ex.records.filter((r) => r.kind === 'zone').map((r) => r.regionText)).toEqual([
      '浙江省杭州市西湖区',
      '湖北省武汉市江岸区',
      '四川省成都市青羊区',
    ]);
  });

  it('still list entries when the lines name different places under their heading', () => {
    const ex = extract(
      LIST + plan('（一）武汉市改革方案', '1.武汉市江岸区改革范围', '2.武汉市江汉区改革内容'),
    );
    expect(ex.records.map((r) => r.title)).toContain('改革范围');
  });
});
