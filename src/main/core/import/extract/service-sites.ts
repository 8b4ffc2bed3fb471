/**
 * "目前我市有…10个社区服务站点分别是：…迎江区某社区养老服务站，…": a pilot place telling the
 * sites it delivers the service from. They are its network (facilities it set up or uses), no
 * units of the programme: the communities that house them are no entries. Sites counted as an
 * honour's or a pilot's ("10个省级示范服务站点为：") are a list like any other and stay.
 */
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/** "10个社区服务站点分别是：", "设立了12个服务网点：" — the count, then what is counted. */
const SITES =
  /[0-9一二三四五六七八九十百]+个([^。；;，,、：:0-9]{0,10}?)(?:服务站点|服务网点|服务点|站点|网点)(?:分别是|分别为|包括|有|为)?\s*[:：]?\s*$/;
/** Words making the sites honoured or chosen: then they are the list. */
const HONOURED = /示范|先进|优秀|试点|星级|标准化|品牌|名单|命名|认定/;
/** How far above its first entry the count may sit (its line and a non-entry line or two). */
const REACH = 80;

export function withoutServiceSites(doc: KeyedText, lists: ListDraft[]): ListDraft[] {
  return lists.filter((list) => {
    if (list.layout !== 'sentence') return true;
    const before = doc.key.slice(Math.max(0, list.start - REACH), list.start);
    // The count's clause and the lines after it, up to the list: no sentence ends between.
    const lines = before.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = SITES.exec(lines[i]!.replace(/[，,]\s*$/, ''));
      if (m) return HONOURED.test(lines[i]!);
      if (/[。；;]/.test(lines[i]!)) return true;
    }
    return true;
  });
}
