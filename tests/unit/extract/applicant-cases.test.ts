/**
 * A case named by the unit that put it forward, in a story's sentence (…申报的《…》荣获…,
 * …申报的“…”…项目名列…, 由…申报的“…”等十大案例入围): an entry when the story is about it —
 * its headline names the unit's place — or when it is the example of a counted list; an award
 * told in passing in a story about something else is none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

describe('a case named after the unit that put it forward', () => {
  it('reads the unit and its title in book-title marks when the headline names the place', () => {
    const { codes, titles } = read([
      '湖州市荣获城市治理最佳案例奖',
      '本网讯 在首届城市治理最佳实践案例评选中，湖州市委市政府申报的《“湖州模式”开启小城市治理新篇章》荣获最佳案例奖。',
      '经专家终评，确定并发布了十个最佳案例奖。',
    ]);
    expect(titles).toEqual(['“湖州模式”开启小城市治理新篇章']);
    expect(codes).toEqual(['330500']);
  });

  it('reads a quoted phrase and the words after it up to the noun of what was put forward', () => {
    const { codes, titles } = read([
      '昆山摘取社区治理创新成果奖',
      '本报讯 记者从市民政局获悉，昆山市申报的“政社联动”推进基层共治项目名列十大创新成果之首。',
    ]);
    expect(titles).toEqual(['“政社联动”推进基层共治']);
    expect(codes).toEqual(['320583']);
  });

  it('reads the example of a counted list whatever the headline says', () => {
    const { codes, titles } = read([
      '全省社会治理精品案例发布',
      '会上发布了十大精品案例。由张掖市甘州区综治中心申报的“‘板凳会’议事 凝聚基层治理合力”等十大案例入围。',
    ]);
    expect(titles).toEqual(['‘板凳会’议事 凝聚基层治理合力']);
    expect(codes).toEqual(['620702']);
  });

  it('leaves an award told in passing in a story about something else', () => {
    const { titles } = read([
      '全省社区工作会议召开',
      '会议总结了一年来的工作。会上通报，宿迁市申报的《“邻里议事”激活小区治理》荣获优秀奖。',
    ]);
    expect(titles).not.toContain('“邻里议事”激活小区治理');
  });
});

describe('several cases, each after the unit that put it forward', () => {
  const notice = (sentence: string) => [
    '柳州市民政局关于学习推广社区治理优秀案例经验做法的通知',
    '各县（区）民政局：',
    `近日，某网站发布“全国社区治理优秀案例”，${sentence}为发挥典型示范作用，现将有关事项通知如下：`,
    '一、各县（区）要认真学习借鉴入选案例的经验做法。',
    '柳州市民政局',
    '2023年6月1日',
  ];

  it('reads a run joined by 、, the notice’s own city for 我市, with any verb of putting forward', () => {
    const { codes, titles } = read(
      notice(
        '我市报送的《邻里守望织密养老服务网》、柳北区推荐的《议事长廊连通干群心》、鱼峰区推送的《小院微治理》入选优秀案例。',
      ),
    );
    expect(titles).toEqual(['邻里守望织密养老服务网', '议事长廊连通干群心', '小院微治理']);
    expect(codes).toEqual(['450200', '450205', '450203']);
  });

  it('leaves a run told in passing in a story about something else', () => {
    const { titles } = read([
      '全省社区工作会议召开',
      '会议总结了一年来的工作。会上通报，宿迁市申报的《“邻里议事”激活小区治理》、泗洪县报送的《院落自治新路径》荣获优秀奖。',
    ]);
    expect(titles).toEqual([]);
  });
});
