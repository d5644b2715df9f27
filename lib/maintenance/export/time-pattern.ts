// The regular expression nginx matches `$time_iso8601` against to know whether a window
// is in force (issue 10: the exported snippet switches itself on and off). nginx has no
// time comparison, only regular expressions, so the interval [start, end) is cut into
// blocks that are prefixes of the ISO text ("2026-07-29T0" is ten hours, "…T02:1" ten
// minutes, …), largest first, to the second. `$time_iso8601` is nginx's local time with
// its offset; the pattern is in UTC and demands "+00:00", so an nginx that does not run
// with TZ=UTC never switches (rather than switching hours off): ADR 0014.

const DAY = 86_400;

interface Block {
  seconds: number;
  /** whether a block of this size may start at `t` (seconds since the epoch, UTC) */
  aligned(t: number): boolean;
  /** the ISO text's prefix every second of the block starting at `t` shares */
  prefix(iso: string): string;
}

// "YYYY-MM-DDTHH:MM:SS": the prefix lengths of a day, ten hours, an hour, ten minutes, a minute, ten seconds, a second
const blocks: Block[] = [
  { seconds: DAY, aligned: (t) => t % DAY === 0, prefix: (iso) => iso.slice(0, 11) },
  // hours 00–09 and 10–19 share their first digit; 20–23 are taken hour by hour
  { seconds: 36_000, aligned: (t) => t % DAY === 0 || t % DAY === 36_000, prefix: (iso) => iso.slice(0, 12) },
  { seconds: 3_600, aligned: (t) => t % 3_600 === 0, prefix: (iso) => iso.slice(0, 14) },
  { seconds: 600, aligned: (t) => t % 600 === 0, prefix: (iso) => iso.slice(0, 15) },
  { seconds: 60, aligned: (t) => t % 60 === 0, prefix: (iso) => iso.slice(0, 17) },
  { seconds: 10, aligned: (t) => t % 10 === 0, prefix: (iso) => iso.slice(0, 18) },
  { seconds: 1, aligned: () => true, prefix: (iso) => iso.slice(0, 19) },
];

const isoSecond = (t: number) => new Date(t * 1000).toISOString().slice(0, 19);

/** The prefixes of the ISO texts (UTC, to the second) of every second in [start, end), fewest first-fit blocks. */
export function secondPrefixes(start: Date, end: Date): string[] {
  // a window is in force from its start (included) to its end (excluded): nginx sees whole seconds
  let t = Math.ceil(start.getTime() / 1000);
  const stop = Math.ceil(end.getTime() / 1000);
  const prefixes: string[] = [];
  while (t < stop) {
    const block = blocks.find((b) => b.aligned(t) && t + b.seconds <= stop)!;
    prefixes.push(block.prefix(isoSecond(t)));
    t += block.seconds;
  }
  return prefixes;
}

/** Neighbouring prefixes that differ in their last digit only become one character class ("T1[7-9]:"). */
function merge(prefixes: string[]): string[] {
  const out: { head: string; from: string; to: string; tail: string }[] = [];
  for (const p of prefixes) {
    // the last digit varies; what follows it ("T", ":") is the same in every block of a size
    const [, head = "", digit = "", tail = ""] = /^(.*)(\d)(\D*)$/.exec(p) ?? [];
    const previous = out.at(-1);
    if (previous && previous.head === head && previous.tail === tail && digit.charCodeAt(0) === previous.to.charCodeAt(0) + 1) previous.to = digit;
    else out.push({ head, from: digit, to: digit, tail });
  }
  return out.map(({ head, from, to, tail }) => `${head}${from === to ? from : `[${from}-${to}]`}${tail}`);
}

/**
 * The PCRE nginx compares `$time_iso8601` with: it matches exactly the seconds of
 * [start, end) when nginx runs in UTC ("+00:00"). Null for an empty interval.
 */
export function timeIso8601Pattern(start: Date, end: Date): string | null {
  const prefixes = merge(secondPrefixes(start, end));
  if (prefixes.length === 0) return null;
  // "-" and ":" are literal outside a class; "+" is written as a class (no backslash for nginx's string parser)
  return `^(?:${prefixes.join("|")})[^+]*[+]00:00$`;
}
