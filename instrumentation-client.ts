// Runs in the browser before the app's own code. Zod probes `new Function` once to decide whether it may
// compile fast parsers; under the Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
// violation even though zod catches it. Jitless mode skips the probe.
import { z } from "zod";

z.config({ jitless: true });
