import "server-only";
import pg from "pg";
import { CHANGE_CHANNEL } from "./change-feed";

// LISTEN needs a connection of its own for as long as the process runs: a pool
// connection is handed to other queries and its LISTEN goes with it (PLATFORM.md).
// When the connection drops (database restart, network, an administrator ending the
// backend) it reconnects with exponential backoff; what was sent in between is lost
// to this listener, and the poller (change-feed.ts) catches it up.

export interface ListenerOptions {
  connectionString: string;
  /** a NOTIFY payload on the change channel */
  onNotification: (payload: string) => void;
  /** after each successful LISTEN (the first one and every reconnection) */
  onListening?: () => void;
  log?: (message: string) => void;
  /** first reconnection delay; doubles up to maxDelayMs */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface Listener {
  /** whether LISTEN is in effect right now */
  readonly listening: boolean;
  stop(): Promise<void>;
}

export function listenForChanges(options: ListenerOptions): Listener {
  const { connectionString, onNotification, onListening, log = console.error, minDelayMs = 250, maxDelayMs = 30_000 } = options;
  let client: pg.Client | null = null;
  let listening = false;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;

  // each client drops once: its error and end events both land here
  const drop = (dropped: pg.Client, error?: unknown) => {
    if (client !== dropped) return;
    client = null;
    listening = false;
    dropped.end().catch(() => {});
    if (stopped) return;
    // jitter, so that the instances of a restarted database do not reconnect in step
    const delay = Math.min(maxDelayMs, minDelayMs * 2 ** failures++) * (0.5 + Math.random() / 2);
    log(`[freshness] LISTEN connection lost (${error instanceof Error ? error.message : "closed"}); reconnecting in ${Math.round(delay)} ms`);
    retry = setTimeout(connect, delay);
    retry.unref();
  };

  const connect = async () => {
    retry = null;
    const current = new pg.Client({ connectionString, application_name: "freshness-listener", keepAlive: true });
    client = current;
    current.on("error", (error) => drop(current, error));
    current.on("end", () => drop(current));
    current.on("notification", (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) onNotification(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (client !== current) {
        await current.end().catch(() => {}); // stopped while connecting
        return;
      }
      listening = true;
      failures = 0;
      onListening?.();
    } catch (error) {
      drop(current, error);
    }
  };

  void connect();
  return {
    get listening() {
      return listening;
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      listening = false;
      await current?.end().catch(() => {});
    },
  };
}
