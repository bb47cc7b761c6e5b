// Property tests use one seed, so a run of the suite is repeatable; FC_SEED=random (or a number)
// explores other inputs, and a failure prints the seed that reproduces it.
import fc from 'fast-check';

const seed = process.env['FC_SEED'];
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261201 });
