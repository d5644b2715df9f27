import "server-only";
import path from "node:path";
import { now } from "@/lib/clock";
import { parseExportArgs, UsageError, USAGE } from "./args";
import { buildBundle, NothingToExportError, type RenderScreen } from "./bundle";
import { exportSnapshot, SourceError } from "./source";
import { checkOut, flagFiles, setForce, writeBundle } from "./write";

// `npm run export:maintenance` (issue 10, ADR 0014) without its process: arguments in,
// an exit code out (0 written, 1 nothing to export or no source, 2 bad arguments;
// nothing is written unless 0), messages through `log`.

export interface RunOptions {
  render: RenderScreen;
  log: (message: string) => void;
  /** who runs it, for the override's flag file */
  operator?: string;
  /** called once before the database is read (the script starts the embedded one when DATABASE_URL is unset); returns how to let it go */
  openDatabase?: () => Promise<() => Promise<void>>;
}

export async function runExport(argv: string[], { render, log, operator = process.env.USER ?? "unknown", openDatabase }: RunOptions): Promise<number> {
  let args;
  try {
    args = parseExportArgs(argv);
    if (args.command === "export") checkOut(args.out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.command === "force") {
    setForce(args.out, args.force, operator, now());
    const flags = flagFiles(args.out);
    log(args.force === "auto" ? `override removed (${flags.on}, ${flags.off}): the window's times decide` : `override ${args.force}: ${args.force === "on" ? flags.on : flags.off}`);
    return 0;
  }
  const at = args.at ?? now();
  let closeDatabase = async () => {};
  try {
    if (args.from !== "file" && openDatabase)
      closeDatabase = await openDatabase().catch((error: unknown) => {
        log(`the database could not be started: ${error instanceof Error ? error.message : error}`);
        return closeDatabase;
      });
    const { snapshot, info } = await exportSnapshot(at, args.from, log);
    log(`source: ${info.kind === "database" ? "the database" : `the snapshot file ${info.file}`} (taken at ${info.takenAt})`);
    const generatedAt = now();
    const { window, files } = buildBundle({ snapshot, at, bundle: args.out, flags: flagFiles(args.out), render, source: info, generatedAt });
    const version = writeBundle(args.out, files, generatedAt);
    log(`window ${window.slug}#${window.key}: ${window.start.toISOString()} to ${window.end.toISOString()}, channels ${window.channels.join(", ")}`);
    log(`wrote ${files.length} files into ${version}; ${args.out} links to it`);
    log(`nginx: include ${path.join(args.out, "nginx/maintenance.conf")} in the server block, nginx/gate-<channel>.conf in each payment location; run nginx with TZ=UTC; nginx -s reload now`);
    return 0;
  } catch (error) {
    if (error instanceof NothingToExportError || error instanceof SourceError) {
      log(error.message);
      return 1;
    }
    throw error;
  } finally {
    await closeDatabase();
  }
}
