/**
 * A programme whose unit is a province (全国医养结合示范省, …试点省份): a province a later notice or
 * a story names for it is its unit, not a province named in passing, and is made a record like
 * any unit. A programme of lower units leaves a province it names a passing mention.
 */
import type { RecordDraft } from '../../../shared/ledger-drafts';

/**
 * A programme naming the province as its unit, after the programme's own word, alone or as the
 * first of its levels ("全国医养结合示范省、示范县(市、区)和示范机构").
 */
const OF_PROVINCES = /(?:示范|试点|实验|先行|强)省份?(?=$|[、,，和及与])/;

export function provinceOfProvinceProgramme(d: RecordDraft): boolean {
  const { region_code: code, programme } = d.fields;
  return (
    typeof code === 'string' &&
    /^\d{2}0000$/.test(code) &&
    typeof programme === 'string' &&
    OF_PROVINCES.test(programme)
  );
}
