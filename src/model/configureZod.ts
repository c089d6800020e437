import { z } from 'zod';

// zod probes `new Function` when a schema is built; the app's Content Security Policy forbids eval,
// so the probe would be reported as a violation. Every module that builds schemas imports this first.
z.config({ jitless: true });
