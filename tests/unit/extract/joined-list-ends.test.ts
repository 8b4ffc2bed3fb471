/**
 * The last entries of a 、 list joined by 及/以及 rather than 、: an entry written from its
 * township, then 及 and an entry written from its county, in one piece; and a final entry after
 * a comma and 以及 that reads as a place only inside the list's city (a zone's township).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('list entries joined by 及 or 以及', () => {
  it('a township entry 及 a county entry are two entries, the first keeping the county before it', () => {
    const { n, codes } = readResolved(
      [
        '德州5社区被评为省城市社区建设示范社区',
        '',
        '9月30日，省民政厅公布“山东省城市社区建设示范社区”名单，我市5个社区榜上有名。',
        '',
        '5个社区分别是德城区天衢街道办事处乾城社区、新湖街道办事处尉署社区、新湖街道办事处南龙社区及平原县龙门街道办事处光明社区、齐河县晏婴街道办事处永乐社区。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '德城区天衢街道办事处乾城社区',
      '新湖街道办事处尉署社区',
      '新湖街道办事处南龙社区',
      '平原县龙门街道办事处光明社区',
      '齐河县晏婴街道办事处永乐社区',
    ]);
    expect(codes).toEqual(['371402', '371402', '371402', '371426', '371425']);
    expect(n.warnings.map((w) => w.code)).not.toContain('count_mismatch');
  });

  it('a last entry after ，以及 is read inside the list city', () => {
    const { n, codes } = readResolved(
      '本报济宁讯 12月3日，济宁市任城区唐口街道张寨村、微山县昭阳街道爱湖村、汶上县郭楼镇古城村，以及太白湖新区石桥镇北王一村入选全国乡村治理示范村候选名单。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '济宁市任城区唐口街道张寨村',
      '微山县昭阳街道爱湖村',
      '汶上县郭楼镇古城村',
      '太白湖新区石桥镇北王一村',
    ]);
    expect(codes).toEqual(['370811', '370826', '370830', '370811']);
  });

  it('a township entry 及 words that are no place stays one entry', () => {
    const { n } = readResolved(
      '5个社区分别是德城区天衢街道办事处乾城社区、新湖街道办事处尉署社区及周边单位共同参与。',
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('周边单位共同参与');
  });
});

describe('an entry naming its own county, 以及, then an entry naming its own city', () => {
  it('are two entries', () => {
    const { n, codes } = readResolved(
      '日前，七部门公布了试点名单，银川市兴庆区丽景社区、金凤区宝湖社区以及吴忠市利通区巴浪湖社区入选国家试点。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '银川市兴庆区丽景社区',
      '金凤区宝湖社区',
      '吴忠市利通区巴浪湖社区',
    ]);
    expect(codes).toEqual(['640104', '640106', '640302']);
  });
});
