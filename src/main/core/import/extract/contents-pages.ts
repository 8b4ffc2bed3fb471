/**
 * A compilation's table of contents (目录) prints each entry with the page it starts on:
 * "1.某旗——以…为主线构建…共同体（11）", "北京市东城区：完善…制度…………23". The page is layout, no
 * part of the entry: left in, a short theme's "（23）" reads as a bracketed unit after the title
 * and the number becomes the title, and a long theme keeps it at its end. Only a run of lines
 * whose closing numbers rise page after page is a table of contents: one line ending in
 * "（12）" is a count or a note, a year "（2023）" is a year, "（12个）" a count.
 */

export interface PageRef {
  /** Raw offset where the page reference (with its leaders and spaces) starts. */
  at: number;
  length: number;
}

/**
 * A page closing a line: bracketed (（23）, after leaders or not), or bare after dot leaders
 * (……23, ...... 23, ·····23). The leaders and the spaces before them go with it.
 */
const PAGE_END =
  /[ \u3000]*(?:(?:[…⋯]{1,}|[.．·•]{3,})[ \u3000]*)?(?:[（(][ \u3000]*([0-9]{1,4})[ \u3000]*[）)]|(?<=[…⋯.．·•][ \u3000]*)([0-9]{1,4}))[ \u3000]*\r?$/;

/** Fewest lines that make a run of page references a table of contents. */
const MIN_RUN = 3;

/** A bracketed year (（2023）) reads as a year, never as a page. */
const isYear = (n: number): boolean => n >= 1949 && n <= 2100;

/** A heading between a table's entries (一、城乡社区治理类): short, with no page of its own. */
const isHeading = (line: string): boolean => line.trim().length <= 16;

interface Hit {
  ref: PageRef;
  page: number;
}

function pageOf(line: string, start: number): Hit | null {
  const m = PAGE_END.exec(line);
  if (!m || m.index === 0) return null;
  const page = Number(m[1] ?? m[2]);
  const body = line.slice(0, m.index).trim();
  // The entry itself must say something: a number alone on its line is a page number line.
  if (!/[\u4e00-\u9fff]/.test(body) || isYear(page)) return null;
  return { ref: { at: start + m.index, length: m[0].replace(/\r$/, '').length }, page };
}

/**
 * The page references of every table-of-contents run in the raw text: lines ending in a page,
 * the pages rising from line to line, blank lines and short headings between them allowed.
 */
export function contentsPageRefs(raw: string): PageRef[] {
  const out: PageRef[] = [];
  let run: Hit[] = [];
  const close = (): void => {
    if (run.length >= MIN_RUN) out.push(...run.map((h) => h.ref));
    run = [];
  };
  let start = 0;
  for (const line of raw.split('\n')) {
    const hit = pageOf(line, start);
    start += line.length + 1;
    if (hit) {
      const last = run[run.length - 1];
      if (last && hit.page <= last.page) close();
      run.push(hit);
    } else if (line.trim() !== '' && !isHeading(line)) close();
  }
  close();
  return out;
}
