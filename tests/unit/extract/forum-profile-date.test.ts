/**
 * A forum thread prints the poster's profile between the title and the post: its 注册时间 or
 * 在线时间 is the account's, not the notice's; the post's own 发表于 dates it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

describe('a forum poster’s profile dates', () => {
  it('are passed over for the post’s own date', () => {
    const text = [
      '主题 : 青禾县两个社区入选市级美丽社区',
      '级别: 版主',
      '注册时间: 2016-03-12',
      '最后登录: 2023-05-01',
      '楼主 发表于: 2021-09-30',
      '近日，市民政局公布了市级美丽社区名单，青禾县东坡社区、柳岸社区入选。',
    ].join('\n');
    expect(meta(text).issuedOn).toBe('2021-09-30');
  });
});
