/**
 * Property tests explore new random inputs on every developer run (that is how they find
 * bugs); CI replays a fixed seed so a submission's result does not depend on luck.
 * Set FC_SEED to replay a failure a developer saw.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : process.env.CI
    ? 20261121
    : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
