/**
 * The peak resident set of the timed repetitions alone. A process's maxRSS counts its whole
 * life, setup included: a row whose data generation peaks higher than its operation would
 * report the generator's memory. On Linux the kernel's high-water mark (VmHWM) can be set
 * back to the current resident set (clear_refs, value 5), so the peak read after the
 * repetitions is what they reached — the set-up data they work on still resident, as it
 * must be, but not the garbage of building it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const STATUS = '/proc/self/status';

/** Starts a measured phase; false where the platform cannot (the phase peak is then unknown). */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The high-water mark since the last reset (MB), or null where /proc is not there. */
export function peakRssSinceResetMb(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(STATUS, 'utf8'))?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 1024);
  } catch {
    return null;
  }
}
