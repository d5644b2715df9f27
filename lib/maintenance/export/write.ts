// Puts a bundle on disk so that nginx never serves half of one (issue 10): the files go
// into a new folder beside the bundle (DIR.versions/<stamp>), and DIR is a symbolic link
// swapped to it by one rename. The override's flag files live beside DIR, not in it, so
// an export keeps them.
import fs from "node:fs";
import path from "node:path";
import type { BundleFile } from "./bundle";
import { UsageError } from "./args";

export const flagFiles = (out: string) => ({ on: `${out}.force-on`, off: `${out}.force-off` });
const versionsOf = (out: string) => `${out}.versions`;

/** Refuses an --out that is something other than a bundle's link (or nothing, or an empty folder), before anything is read or written. */
export function checkOut(out: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(out);
  } catch {
    if (!fs.existsSync(path.dirname(out))) throw new UsageError(`--out ${out}: its folder ${path.dirname(out)} does not exist`);
    return;
  }
  if (stat.isSymbolicLink()) {
    const target = path.resolve(path.dirname(out), fs.readlinkSync(out));
    if (path.dirname(target) === versionsOf(out)) return;
    throw new UsageError(`--out ${out}: a link to ${target}, not to a bundle this command wrote`);
  }
  if (stat.isDirectory() && fs.readdirSync(out).length === 0) return;
  throw new UsageError(`--out ${out}: exists and is not a bundle this command wrote (it makes DIR a link to DIR.versions/…)`);
}

export function writeBundle(out: string, files: BundleFile[], stamp: Date): string {
  const versions = versionsOf(out);
  fs.mkdirSync(versions, { recursive: true, mode: 0o755 });
  const name = `${stamp.toISOString().replace(/[:.]/g, "")}-${process.pid}`;
  const temporary = path.join(versions, `.${name}.tmp`);
  for (const file of files) {
    const target = path.join(temporary, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    // readable by nginx's workers, which run as another user when nginx starts as root
    fs.writeFileSync(target, file.body, { mode: 0o644 });
  }
  fs.chmodSync(temporary, 0o755);
  const version = path.join(versions, name);
  fs.renameSync(temporary, version);
  // an empty folder where the link goes (the operator made it): replaced by the link
  if (fs.existsSync(out) && !fs.lstatSync(out).isSymbolicLink()) fs.rmdirSync(out);
  const link = path.join(path.dirname(out), `.${path.basename(out)}.${name}.link`);
  fs.symlinkSync(path.relative(path.dirname(out), version), link);
  fs.renameSync(link, out);
  // keep the previous bundle (nginx may still be reading it, and it is the one to go back to); drop older ones
  const kept = new Set([name, ...fs.readdirSync(versions).filter((n) => !n.startsWith(".") && n !== name).sort().slice(-1)]);
  for (const entry of fs.readdirSync(versions)) if (!kept.has(entry)) fs.rmSync(path.join(versions, entry), { recursive: true, force: true });
  return version;
}

/** The manual override nginx checks per request: on, off, or auto (the window's times decide). */
export function setForce(out: string, mode: "on" | "off" | "auto", operator: string, at: Date): void {
  const flags = flagFiles(out);
  const note = `${mode} since ${at.toISOString()} by ${operator}\n`;
  if (mode === "on") fs.writeFileSync(flags.on, note, { mode: 0o644 });
  if (mode !== "on") fs.rmSync(flags.on, { force: true });
  if (mode === "off") fs.writeFileSync(flags.off, note, { mode: 0o644 });
  if (mode !== "off") fs.rmSync(flags.off, { force: true });
}
