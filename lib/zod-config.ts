import { z } from 'zod';

// Extension pages and content scripts run under a CSP without 'unsafe-eval'. Zod's JIT would probe
// `new Function` (reported as a CSP violation) and then fall back; jitless skips the probe entirely.
z.config({ jitless: true });
