/**
 * A streaming (SAX) walk over an XML part with the readers' guards: every element counts
 * against the budget's depth limit (htmlparser2's open-element stack costs time with the
 * square of the depth) and time, and the subtrees of `skipped` elements reach no handler.
 */
import { Parser } from 'htmlparser2';
import type { ReadBudget } from './budget';

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  text(data: string): void;
  close(name: string): void;
}

export function walkXml(
  xml: string,
  budget: ReadBudget,
  what: string,
  skipped: ReadonlySet<string>,
  handlers: XmlHandlers,
): void {
  let skip = 0;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        budget.depth(++depth, what);
        budget.tick();
        if (skip > 0 || skipped.has(name)) {
          skip++;
          return;
        }
        handlers.open(name, attrs);
      },
      ontext(data) {
        if (skip === 0) handlers.text(data);
      },
      onclosetag(name) {
        depth--;
        if (skip > 0) {
          skip--;
          return;
        }
        handlers.close(name);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}
