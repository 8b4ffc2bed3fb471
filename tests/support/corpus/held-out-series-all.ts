/**
 * Every round of held-out notice series, in order: measured apart from the sets' totals
 * (held-out-floors.ts) and kept out of the original series set (floors.ts). A new round adds its
 * file's export here.
 */
import {
  HELD2_SERIES,
  HELD3_SERIES,
  HELD4_SERIES,
  HELD5_SERIES,
  HELD6_SERIES,
  HELD7_SERIES,
  HELD8_SERIES,
  HELD9_SERIES,
  HELD10_SERIES,
  HELD11_SERIES,
  HELD12_SERIES,
  HELD13_SERIES,
  HELD14_SERIES,
  HELD15_SERIES,
  HELD16_SERIES,
  HELD17_SERIES,
  HELD18_SERIES,
  HELD19_SERIES,
  HELD20_SERIES,
  HELD21_SERIES,
  HELD22_SERIES,
  HELD_SERIES,
} from './held-out-series-floors';
import { HELD23_SERIES } from './held-out-series-floors-23';
import { HELD24_SERIES } from './held-out-series-floors-24';
import { HELD25_SERIES } from './held-out-series-floors-25';
import { HELD26_SERIES } from './held-out-series-floors-26';
import { HELD27_SERIES } from './held-out-series-floors-27';
import { HELD28_SERIES } from './held-out-series-floors-28';
import { HELD29_SERIES } from './held-out-series-floors-29';
import { HELD30_SERIES } from './held-out-series-floors-30';
import { HELD31_SERIES } from './held-out-series-floors-31';
import { HELD32_SERIES } from './held-out-series-floors-32';
import { HELD33_SERIES } from './held-out-series-floors-33';
import { HELD34_SERIES } from './held-out-series-floors-34';
import { HELD35_SERIES } from './held-out-series-floors-35';
import { HELD36_SERIES } from './held-out-series-floors-36';

export const HELD_SERIES_ROUNDS = [
  HELD_SERIES,
  HELD2_SERIES,
  HELD3_SERIES,
  HELD4_SERIES,
  HELD5_SERIES,
  HELD6_SERIES,
  HELD7_SERIES,
  HELD8_SERIES,
  HELD9_SERIES,
  HELD10_SERIES,
  HELD11_SERIES,
  HELD12_SERIES,
  HELD13_SERIES,
  HELD14_SERIES,
  HELD15_SERIES,
  HELD16_SERIES,
  HELD17_SERIES,
  HELD18_SERIES,
  HELD19_SERIES,
  HELD20_SERIES,
  HELD21_SERIES,
  HELD22_SERIES,
  HELD23_SERIES,
  HELD24_SERIES,
  HELD25_SERIES,
  HELD26_SERIES,
  HELD27_SERIES,
  HELD28_SERIES,
  HELD29_SERIES,
  HELD30_SERIES,
  HELD31_SERIES,
  HELD32_SERIES,
  HELD33_SERIES,
  HELD34_SERIES,
  HELD35_SERIES,
  HELD36_SERIES,
];
