/**
 * The held-out sets measured apart from the others' totals (tests/integration/corpus-floor.test.ts):
 * per set, its role share, region strings and warning ceilings, so that none of them moves the
 * floors of the sets in floors.ts. Each comment says what the set covers and how it scored on its
 * first run.
 */
import {
  EIGHTEENTH,
  EIGHTH,
  ELEVENTH,
  FIFTEENTH,
  FIFTH,
  FORMATS,
  FOURTEENTH,
  FOURTH,
  NINTH,
  SEVENTEENTH,
  SEVENTH,
  SIXTEENTH,
  SIXTH,
  TENTH,
  THIRD,
  THIRTEENTH,
  TWELFTH,
  HELDOUT2_REGIONS,
  HELDOUT3_REGIONS,
} from './held-out-floors-early';
import { NINETEENTH, TWENTIETH, TWENTY_FIRST } from './held-out-floors-abl';
import { TWENTY_SECOND } from './held-out-floors-o';
import { TWENTY_THIRD } from './held-out-floors-z';
import { TWENTY_FOURTH } from './held-out-floors-za';
import { TWENTY_FIFTH } from './held-out-floors-zb';
import { TWENTY_SIXTH } from './held-out-floors-zc';
import { TWENTY_SEVENTH } from './held-out-floors-zd';
import { TWENTY_EIGHTH } from './held-out-floors-ze';
import { TWENTY_NINTH } from './held-out-floors-zf';
import { THIRTIETH } from './held-out-floors-zg';
import { THIRTY_FIRST } from './held-out-floors-zh';
import { THIRTY_SECOND } from './held-out-floors-zi';
import { THIRTY_THIRD } from './held-out-floors-zj';
import { THIRTY_FOURTH } from './held-out-floors-zk';
import { THIRTY_FIFTH } from './held-out-floors-zl';
import { THIRTY_SIXTH } from './held-out-floors-zm';
import { THIRTY_SEVENTH } from './held-out-floors-zn';
import { THIRTY_EIGHTH } from './held-out-floors-zo';
import { THIRTY_NINTH } from './held-out-floors-zp';
import { FORTIETH } from './held-out-floors-zq';
import { FORTY_FIRST } from './held-out-floors-zr';
import { FORTY_SECOND } from './held-out-floors-zs';
import { FORTY_THIRD } from './held-out-floors-zt';
import { FORTY_FOURTH } from './held-out-floors-zu';
import { FORTY_FIFTH } from './held-out-floors-zv';
import { FORTY_SIXTH } from './held-out-floors-zw';
import { FORTY_SEVENTH } from './held-out-floors-zx';
import { FORTY_EIGHTH } from './held-out-floors-zy';
import { FORTY_NINTH } from './held-out-floors-zz';
import { FIFTIETH } from './held-out-floors-zza';
import { FIFTY_FIRST } from './held-out-floors-zzb';
import { FIFTY_SECOND } from './held-out-floors-zzc';
import { FIFTY_THIRD } from './held-out-floors-zzd';
import { FIFTY_FOURTH } from './held-out-floors-zze';
import { FIFTY_FIFTH } from './held-out-floors-zzf';
import { FIFTY_SIXTH } from './held-out-floors-zzg';
import { FIFTY_SEVENTH } from './held-out-floors-zzh';
import { FIFTY_EIGHTH } from './held-out-floors-zzi';
import { FIFTY_NINTH } from './held-out-floors-zzj';
import { SIXTIETH } from './held-out-floors-zzk';
import { SIXTY_FIRST } from './held-out-floors-zzl';
import { SIXTY_SECOND } from './held-out-floors-zzm';
import { SIXTY_THIRD } from './held-out-floors-zzn';
import { SIXTY_FOURTH } from './held-out-floors-zzo';
import { SIXTY_FIFTH } from './held-out-floors-zzp';
import { SIXTY_SIXTH } from './held-out-floors-zzq';
import { SIXTY_SEVENTH } from './held-out-floors-zzr';
import { SIXTY_EIGHTH } from './held-out-floors-zzs';
import { SIXTY_NINTH } from './held-out-floors-zzt';
import { SEVENTIETH } from './held-out-floors-zzu';
import { SEVENTY_FIRST } from './held-out-floors-zzv';
import { SEVENTY_SECOND } from './held-out-floors-zzw';
import { SEVENTY_THIRD } from './held-out-floors-zzx';
import { SEVENTY_FOURTH } from './held-out-floors-zzy';
import { SEVENTY_FIFTH } from './held-out-floors-zzz';
import { SEVENTY_SIXTH } from './held-out-floors-ya';
import { SEVENTY_SEVENTH } from './held-out-floors-yb';
import { SEVENTY_EIGHTH } from './held-out-floors-yc';
import { SEVENTY_NINTH } from './held-out-floors-yd';
import { EIGHTIETH } from './held-out-floors-ye';
import { EIGHTY_FIRST } from './held-out-floors-yf';
import { EIGHTY_SECOND } from './held-out-floors-yg';
import { EIGHTY_THIRD } from './held-out-floors-yh';
import { EIGHTY_FOURTH } from './held-out-floors-yi';
import { EIGHTY_FIFTH } from './held-out-floors-yj';
import { HELD_SERIES_ROUNDS } from './held-out-series-all';

export { HELDOUT2_REGIONS, HELDOUT3_REGIONS };

/** The held-out sets measured apart from the others' totals. */
export const APART = [
  THIRD,
  FOURTH,
  FIFTH,
  SIXTH,
  SEVENTH,
  EIGHTH,
  NINTH,
  TENTH,
  ELEVENTH,
  TWELFTH,
  THIRTEENTH,
  FOURTEENTH,
  FIFTEENTH,
  SIXTEENTH,
  SEVENTEENTH,
  EIGHTEENTH,
  NINETEENTH,
  TWENTIETH,
  TWENTY_FIRST,
  TWENTY_SECOND,
  TWENTY_THIRD,
  TWENTY_FOURTH,
  TWENTY_FIFTH,
  TWENTY_SIXTH,
  TWENTY_SEVENTH,
  TWENTY_EIGHTH,
  TWENTY_NINTH,
  THIRTIETH,
  THIRTY_FIRST,
  THIRTY_SECOND,
  THIRTY_THIRD,
  THIRTY_FOURTH,
  THIRTY_FIFTH,
  THIRTY_SIXTH,
  THIRTY_SEVENTH,
  THIRTY_EIGHTH,
  THIRTY_NINTH,
  FORTIETH,
  FORTY_FIRST,
  FORTY_SECOND,
  FORTY_THIRD,
  FORTY_FOURTH,
  FORTY_FIFTH,
  FORTY_SIXTH,
  FORTY_SEVENTH,
  FORTY_EIGHTH,
  FORTY_NINTH,
  FIFTIETH,
  FIFTY_FIRST,
  FIFTY_SECOND,
  FIFTY_THIRD,
  FIFTY_FOURTH,
  FIFTY_FIFTH,
  FIFTY_SIXTH,
  FIFTY_SEVENTH,
  FIFTY_EIGHTH,
  FIFTY_NINTH,
  SIXTIETH,
  SIXTY_FIRST,
  SIXTY_SECOND,
  SIXTY_THIRD,
  SIXTY_FOURTH,
  SIXTY_FIFTH,
  SIXTY_SIXTH,
  SIXTY_SEVENTH,
  SIXTY_EIGHTH,
  SIXTY_NINTH,
  SEVENTIETH,
  SEVENTY_FIRST,
  SEVENTY_SECOND,
  SEVENTY_THIRD,
  SEVENTY_FOURTH,
  SEVENTY_FIFTH,
  SEVENTY_SIXTH,
  SEVENTY_SEVENTH,
  SEVENTY_EIGHTH,
  SEVENTY_NINTH,
  EIGHTIETH,
  EIGHTY_FIRST,
  EIGHTY_SECOND,
  EIGHTY_THIRD,
  EIGHTY_FOURTH,
  EIGHTY_FIFTH,
  FORMATS,
  ...HELD_SERIES_ROUNDS,
];
export const apart = (id: string): boolean => APART.some((set) => set.member(id));
