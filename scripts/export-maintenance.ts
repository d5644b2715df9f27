// npm run export:maintenance -- --out DIR [--at ISO] [--from database|file]
// npm run export:maintenance -- --out DIR --force on|off|auto
// The static maintenance bundle for nginx (issue 10, ADR 0014; README "The maintenance
// bundle for nginx"). Run with tsx --conditions=react-server, as the seed is, so the
// application's modules load outside Next. With DATABASE_URL it reads that database;
// without, the embedded one `npm start` uses (started for the export if it is not
// running); when neither answers, the snapshot file (MAINTENANCE_SNAPSHOT_DIR).
import path from "node:path";
import { renderMaintenanceScreen } from "@/components/screens/render-screen";
import type { RenderScreen } from "@/lib/maintenance/export/bundle";
import { runExport } from "@/lib/maintenance/export/run";

// the one renderer of the live routes, for the state while the window is in force (not a preview);
// its CSS and logos are read from this checkout, wherever the command is started
const root = path.resolve(__dirname, "..");
const render: RenderScreen = ({ snapshot, channel, lang, kind, at }) => renderMaintenanceScreen(snapshot, { channel, lang, kind, at, preview: false }, root);

const log = (message: string) => console.error(`[export] ${message}`);

async function openEmbeddedDatabase() {
  if (process.env.DATABASE_URL) return async () => {};
  const { acquireDatabase } = await import("./lib/db.mjs");
  const database = await acquireDatabase({ log });
  process.env.DATABASE_URL = database.url;
  return database.release;
}

runExport(process.argv.slice(2), { render, log, openDatabase: openEmbeddedDatabase }).then(
  // exit: the database pool would keep the process alive
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
