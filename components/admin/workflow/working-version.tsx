"use client";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

// The working revision's version as this page last saw it. The editor's autosave raises
// it with every save, while the header's workflow forms were rendered with the version
// of the page load: without this, "承認を依頼する" right after typing was refused as
// someone else's change (a conflict with the person's own autosave). Versions only
// rise, so the highest one seen is the current one.

type Versions = { seen: Record<string, number>; report: (revisionId: string, version: number) => void };

const WorkingVersions = createContext<Versions | null>(null);

export function WorkingVersionProvider({ children }: { children: ReactNode }) {
  const [seen, setSeen] = useState<Record<string, number>>({});
  const report = useCallback(
    (revisionId: string, version: number) => setSeen((all) => ((all[revisionId] ?? 0) >= version ? all : { ...all, [revisionId]: version })),
    [],
  );
  const value = useMemo(() => ({ seen, report }), [seen, report]);
  return <WorkingVersions.Provider value={value}>{children}</WorkingVersions.Provider>;
}

/** The highest version of the revision known on this page: the server's or a later save's. */
export function useWorkingVersion(revisionId: string | undefined, rendered: number | undefined): number | undefined {
  const seen = useContext(WorkingVersions)?.seen;
  if (revisionId === undefined || rendered === undefined) return rendered;
  return Math.max(rendered, seen?.[revisionId] ?? 0);
}

/** Tells the page that a save gave the revision a new version. */
export function useReportWorkingVersion(): (revisionId: string, version: number) => void {
  return useContext(WorkingVersions)?.report ?? noop;
}

const noop = () => {};
