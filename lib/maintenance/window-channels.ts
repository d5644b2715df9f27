// Which channels a window covers: the one place that reads it, so that when a window's
// channels become rows referencing the catalog (issue 10) only this changes.
// The rule is lib/affected's rule 2 (derive-affected.ts): a scheduled window stops the
// channels it names and every channel of the revision's maintenance screen.

export function windowChannelKeys(window: { channelKeys: readonly string[] }, screen: { channelKeys: readonly string[] } | null): string[] {
  return [...new Set([...window.channelKeys, ...(screen?.channelKeys ?? [])])];
}
