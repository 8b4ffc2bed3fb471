/** Region resolution for the CLI, the grids' validation and anyone else. */
import type { Resolution } from '../../shared/domain';
import { resolveRegion, suggestRegions } from '../core/gazetteer';
import type { HandlerGroup } from './handler-types';

export const regionHandlers: HandlerGroup<'regions/resolve' | 'regions/suggest'> = {
  'regions/suggest': (input) => suggestRegions(input.query, input.limit),
  'regions/resolve': (input) =>
    input.texts.map((text): Resolution => {
      const r = resolveRegion(text, { asOf: input.asOf, context: input.context });
      // The contract's Resolution shape only: internal offsets stay inside.
      return {
        text: r.text,
        code: r.code,
        level: r.level,
        names: r.names,
        asOf: r.asOf,
        current: r.current,
        candidates: r.candidates,
        note: r.note,
      };
    }),
};
