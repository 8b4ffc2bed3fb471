/**
 * The 区划代码 cell of an import preview row: the code the import found, and as soon as the
 * region is retyped, the code the gazetteer finds for the new text (what the import will
 * store), so a correction is checked before anything is written. The text is asked with
 * the query the commit uses for that row — an extracted item's: the notice's date and
 * province and the place it inherits from its list; a row added by hand's: the notice's
 * part only — so both give the same code. (The commit also lets the item before speak for
 * a bare repeat; the preview does not know that answer, so it shows 未解析 where unsure.)
 */
import { useEffect, useState } from 'react';
import type { RegionQuery } from '../../../../shared/contract';
import type { LedgerRecord, Resolution } from '../../../../shared/domain';
import { api } from '../../api';

const placeOf = (n: {
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
}) => [n.province, n.city, n.county, n.town].filter(Boolean).join('');

export function PreviewRegionCode(props: {
  record?: LedgerRecord;
  text: string | undefined;
  query?: RegionQuery | null;
}) {
  const { record: r, text } = props;
  const asOf = props.query?.asOf ?? undefined;
  const context = props.query?.context ?? undefined;
  const [found, setFound] = useState<Resolution | null>(null);
  useEffect(() => {
    setFound(null);
    if (text === undefined || text.trim() === '') return;
    let live = true;
    const t = setTimeout(() => {
      void api.call('regions/resolve', { texts: [text.trim()], asOf, context }).then((res) => {
        if (live && res.ok) setFound(res.value[0] ?? null);
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, asOf, context]);

  const retyped = text !== undefined;
  const code = retyped ? (found?.code ?? null) : (r?.regionCode ?? null);
  const place = retyped ? (found ? placeOf(found.names) : '') : r ? placeOf(r) : '';
  const waiting = retyped && text.trim() !== '' && found === null;
  return (
    <td
      className={code ? 'code' : 'code missing'}
      title={place || undefined}
      data-testid="preview-region-code"
    >
      {waiting ? '…' : (code ?? '未解析')}
    </td>
  );
}
