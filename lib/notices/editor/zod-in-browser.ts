// zod 4 probes `new Function` to compile fast parsers, deciding when a schema is
// built; the console's CSP forbids eval, and the browser reports the probe as a
// violation. Imported FIRST by the editor's schema modules, so that the content
// schemas they import are built without it in the browser (module bodies run in
// import order).
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
