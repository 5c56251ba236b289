import { z } from 'zod';

// The renderer's CSP forbids eval (shared/csp.ts). zod 4 probes `new Function` once to decide
// whether to compile its object parsers, and the browser reports that probe as a violation;
// jitless parsing skips the probe. Imported first by main.tsx, before any schema is built.
z.config({ jitless: true });
