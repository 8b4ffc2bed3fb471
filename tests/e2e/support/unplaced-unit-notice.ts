/**
 * A ministry reply in GB18030 whose list ends with a corps unit the gazetteer cannot place,
 * so the import warns about it (region_unresolved): the notice the warning specs start from.
 */
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes the notice with `unit` as its unplaceable last entry; returns the file's path. */
export function unplacedUnitNotice(unit: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-unplaced-'));
  const file = path.join(dir, '实验县名单.txt');
  const text = [
    '民政部关于同意确认第三批全国农村社区建设实验县（市、区）的批复',
    '各省、自治区、直辖市民政厅（局）：',
    '经研究，同意河北省石家庄市长安区等5个县（市、区）为全国农村社区建设实验县（市、区），名单如下：',
    '河北省：石家庄市长安区、唐山市路南区',
    '天津市：东丽区、西青区',
    `新疆生产建设兵团：${unit}`,
    '民政部',
    '2009年3月1日',
  ].join('\n');
  writeFileSync(file, iconv.encode(text, 'gb18030'));
  return file;
}
