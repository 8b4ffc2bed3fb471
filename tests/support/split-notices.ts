/**
 * What the split tests share: a ministry acceptance table naming each zone with its theme and
 * grade (its join titles the zone), and a record's source mention found by its notice's file.
 */
import type { Ledger } from '../../src/main/db/ledger';
import { textFile } from './text-file';

export const acceptance = (name: string, date: string, rows: readonly string[]) =>
  textFile(name, [
    '民政部办公厅关于全国社区治理和服务创新实验区结项验收结果的通知',
    '各有关省、直辖市民政厅（局）：',
    '民政部组织开展了实验区结项验收工作。现将验收结果通知如下：',
    '序号\t实验区\t实验主题\t验收结果',
    ...rows,
    '民政部办公厅',
    date,
  ]);

export const mentionOf = (db: Ledger['db'], recordId: number, fileName: string) =>
  (
    db
      .prepare(
        `SELECT m.id FROM mentions m JOIN notices n ON n.id = m.notice_id
          WHERE m.record_id = ? AND n.file = ?`,
      )
      .get(recordId, fileName) as { id: number }
  ).id;
