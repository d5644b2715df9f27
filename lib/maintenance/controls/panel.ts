import "server-only";
import type { Db } from "@/lib/db";
import { maintenanceSnapshot } from "@/lib/maintenance/snapshot-store";
import { maintenanceStatesAt } from "@/lib/maintenance/state";
import { windowChannelKeys } from "@/lib/maintenance/window-channels";

// What the dashboard's maintenance panel shows (issue 10): the state of every channel
// now, as the public screens and the API answer it (the same snapshot and the same pure
// state function), and each window in force with what its controls need.

export interface PanelChannel {
  key: string;
  nameJa: string;
  nameEn: string | null;
  active: boolean;
  /** the window in force: its end (ISO) and notice */
  end: string | null;
  slug: string | null;
  titleJa: string | null;
}

export interface PanelWindow {
  noticeId: string;
  /** the published revision the controls act on (a publication since then refuses them) */
  revisionId: string;
  slug: string;
  titleJa: string;
  windowKey: string;
  start: string;
  end: string;
  channels: string[];
}

export interface ControlPanel {
  channels: PanelChannel[];
  inForce: PanelWindow[];
}

export async function loadControlPanel(client: Db, at: Date): Promise<ControlPanel> {
  const snapshot = await maintenanceSnapshot(client);
  const catalog = await client.channel.findMany({ where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }], select: { key: true, nameJa: true, nameEn: true } });
  const states = new Map(maintenanceStatesAt(snapshot, at).map((s) => [s.channel, s]));
  const channels = catalog.map((c): PanelChannel => {
    const state = states.get(c.key);
    return {
      ...c,
      active: state?.active ?? false,
      end: state?.window?.end.toISOString() ?? null,
      slug: state?.window?.notice.slug ?? null,
      titleJa: state?.window?.notice.title.ja ?? null,
    };
  });
  const t = at.getTime();
  const covering = snapshot.notices.flatMap((notice) =>
    notice.windows.filter((w) => Date.parse(w.start) <= t && t < Date.parse(w.end)).map((window) => ({ notice, window })),
  );
  // the snapshot knows notices by slug; the controls name the published revision
  const published = await client.revision.findMany({
    where: { status: "PUBLISHED", notice: { slug: { in: covering.map((c) => c.notice.slug) } } },
    select: { id: true, noticeId: true, notice: { select: { slug: true } } },
  });
  const bySlug = new Map(published.map((r) => [r.notice.slug, r]));
  const inForce = covering.flatMap(({ notice, window }): PanelWindow[] => {
    const revision = bySlug.get(notice.slug);
    if (!revision) return [];
    return [
      {
        noticeId: revision.noticeId,
        revisionId: revision.id,
        slug: notice.slug,
        titleJa: notice.title.ja,
        windowKey: window.key,
        start: window.start,
        end: window.end,
        channels: windowChannelKeys(window, notice.screen),
      },
    ];
  });
  return { channels, inForce: inForce.sort((a, b) => a.end.localeCompare(b.end) || a.slug.localeCompare(b.slug)) };
}
