/**
 * The slug of the 緊急 notice "start now" creates: the JST minute it started and the
 * command's id. The outage command names its notice in the snapshot with it, and the
 * replay creates the notice under the same slug, so an extension or end written in the
 * journal after an offline start finds its notice.
 */
export function startSlug(commandId: string, at: Date): string {
  const stamp = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `emergency-${stamp}-${commandId.replace(/[^a-z0-9]/gi, "").slice(0, 8).toLowerCase()}`;
}
