/**
 * A prefecture-level code (a city, prefecture or league): its county digits are zero and its
 * province's are not all. A name written short resolving to one is a city, whatever its lack
 * of 市 says.
 */
export const isCityCode = (code: string | null | undefined): boolean =>
  !!code && /^[0-9]{4}00$/.test(code) && !/0000$/.test(code);
