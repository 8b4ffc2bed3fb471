import { describe, expect, it } from 'vitest';
import {
  decidesNaming,
  mayClose,
  namingsThatClose,
  tellsCreation,
  type MentionTold,
} from '../../../src/main/core/records/naming-closes-creation';

describe('a naming that closes a creation', () => {
  it('reads a creation list and its units', () => {
    expect(tellsCreation('确定北京市通州区等61个县为第二批城乡交通运输一体化示范创建县')).toBe(
      true,
    );
    expect(tellsCreation('省首批未来社区试点创建名单公布')).toBe(true);
    // creation work in general is no list a unit was put on
    expect(tellsCreation('大力推进城乡交通运输一体化示范创建，不断巩固村村通客车成果')).toBe(false);
  });

  it('reads a decided naming and a published naming list', () => {
    expect(decidesNaming('交通运输部决定命名53个县(市、区)为城乡交通运输一体化示范县。')).toBe(
      true,
    );
    expect(
      decidesNaming('全国第二批53个县(市、区)城乡交通运输一体化示范县名单公布,湖北赤壁市入选'),
    ).toBe(true);
  });

  it('reads no naming in a plan, a public notice, a promise or a creation list', () => {
    expect(decidesNaming('拟命名北京市通州区等53个县为城乡交通运输一体化示范县，现予公示。')).toBe(
      false,
    );
    expect(decidesNaming('对验收合格的命名为城乡交通运输一体化示范县。')).toBe(false);
    expect(decidesNaming('通过评估验收的试点创建项目,将由省政府同意后命名公布。')).toBe(false);
    expect(decidesNaming('近日，省里公布了2021年未来社区创建名单，我市两个社区入选。')).toBe(false);
    // a creation list's headline telling it published: the list named before the word
    expect(decidesNaming('省首批未来社区试点创建名单公布 我市两社区入选')).toBe(false);
    expect(decidesNaming('第二批城乡交通运输一体化示范创建县名单正式公布')).toBe(false);
    // a list of a step on the way: a round's evaluation, the candidates
    expect(decidesNaming('交通运输部办公厅公布了2022年度评估优秀名单')).toBe(false);
    expect(decidesNaming('省民政厅发布了第二批候选名单')).toBe(false);
    expect(decidesNaming('2023年度评估结果名单公布')).toBe(false);
    // an acceptance's results are the naming's
    expect(decidesNaming('省发改委发布了首批未来社区试点评估验收合格名单')).toBe(true);
  });

  it("reads a naming as its programme's only when it confers that title", () => {
    const demo = '城乡交通运输一体化示范县';
    // another title conferred on a creation county closes nothing
    expect(decidesNaming('该县先后被命名为国家卫生县城、国家园林县城。', demo)).toBe(false);
    expect(decidesNaming('国家卫生县城名单公布，该县入选。', demo)).toBe(false);
    // the creation's title written later in the sentence, after the title conferred
    expect(
      decidesNaming('该县先后被命名为国家卫生县城，城乡交通运输一体化示范县建设稳步推进。', demo),
    ).toBe(false);
    // the creation's own title, written with or without its scope, its creation words or unit
    expect(
      decidesNaming('交通运输部决定命名53个县(市、区)为城乡交通运输一体化示范县。', demo),
    ).toBe(true);
    expect(
      decidesNaming(
        '决定命名53个县为城乡交通运输一体化示范县。',
        '第二批城乡交通运输一体化示范创建县',
      ),
    ).toBe(true);
    expect(decidesNaming('全国城乡交通运输一体化示范县名单公布', demo)).toBe(true);
    // a province's own programme, named with the title's grade in front of it
    expect(
      decidesNaming(
        '首先恭喜徐家埭未来社区和钟埭未来社区获评省级引领型未来社区。经命名为省级引领型未来社区',
        '浙江省未来社区',
      ),
    ).toBe(true);
    // no programme known: any naming, as before
    expect(decidesNaming('该县先后被命名为国家卫生县城。')).toBe(true);
  });

  const told = (over: Partial<MentionTold>): MentionTold => ({
    noticeId: 1,
    issuedOn: null,
    creation: false,
    naming: false,
    unitCreating: false,
    ...over,
  });

  it('closes a unit a later naming names after a creation list put it on', () => {
    const creation = told({ noticeId: 1, creation: true, issuedOn: '2021-11-05' });
    const naming = told({ noticeId: 2, naming: true, issuedOn: '2024-02-21' });
    const daily = told({ noticeId: 3, naming: true, creation: true, issuedOn: '2024-02-27' });
    expect(namingsThatClose([creation, naming, daily])).toEqual([naming, daily]);
    // either order of import gives the same
    expect(namingsThatClose([daily, naming, creation])).toEqual([daily, naming]);
  });

  it('leaves a unit no other notice put on a creation list, or one named as still creating', () => {
    const naming = told({ noticeId: 2, naming: true });
    expect(namingsThatClose([naming])).toEqual([]);
    // one notice both naming a list and telling the next batch's creation units
    const both = told({ noticeId: 3, naming: true, creation: true });
    expect(namingsThatClose([both])).toEqual([]);
    const creation = told({ noticeId: 1, creation: true });
    const stillCreating = told({ noticeId: 3, naming: true, creation: true, unitCreating: true });
    expect(namingsThatClose([creation, stillCreating])).toEqual([]);
  });

  it('leaves a naming dated before the creation list', () => {
    const creation = told({ noticeId: 1, creation: true, issuedOn: '2021-11-05' });
    const earlier = told({ noticeId: 2, naming: true, issuedOn: '2020-01-01' });
    expect(namingsThatClose([creation, earlier])).toEqual([]);
  });
});

describe('which records a naming could close, asked before their texts are read', () => {
  const mention = (noticeId: number, over: Partial<MentionTold> = {}): MentionTold => ({
    noticeId,
    issuedOn: null,
    creation: false,
    naming: false,
    unitCreating: false,
    ...over,
  });

  it('asks nothing of a record only one notice mentions', () => {
    const asked: number[] = [];
    const ask = (id: number) => (asked.push(id), true);
    expect(mayClose([mention(7), mention(7)], ask)).toBe(false);
    expect(asked).toEqual([]);
  });

  it('needs one of two or more notices to tell a creation', () => {
    const ms = [mention(1), mention(2), mention(1)];
    expect(mayClose(ms, () => false)).toBe(false);
    const asked: number[] = [];
    expect(mayClose(ms, (id) => (asked.push(id), id === 2))).toBe(true);
    // each notice asked once, in the order the mentions came
    expect(asked).toEqual([1, 2]);
  });

  it('never leaves out a record a naming closes', () => {
    // every record of up to three mentions over three notices, each mention any of the flags
    const flags = [0, 1, 2, 3, 4, 5, 6, 7].map((f) => ({
      creation: (f & 1) > 0,
      naming: (f & 2) > 0,
      unitCreating: (f & 4) > 0,
    }));
    const one = [1, 2, 3].flatMap((n) => flags.map((f) => mention(n, f)));
    let closing = 0;
    for (const a of one)
      for (const b of one)
        for (const c of one) {
          const ms = [a, b, c];
          if (namingsThatClose(ms).length === 0) continue;
          closing++;
          const creation = (id: number) => ms.some((m) => m.noticeId === id && m.creation);
          expect(mayClose(ms, creation)).toBe(true);
        }
    expect(closing).toBeGreaterThan(1000);
  });
});
