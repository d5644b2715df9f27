// Delivery settings, from the environment (read each time: tests change them).

const positive = (name: string, fallback: number): number => {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return value;
};

export interface NotifySettings {
  /** attempts per message before it is FAILED for good (NOTIFY_MAX_ATTEMPTS, 12) */
  maxAttempts: number;
  /** the first retry's delay; each next one doubles (NOTIFY_RETRY_BASE_MS, one minute) */
  retryBaseMs: number;
  /** the longest delay between two attempts (NOTIFY_RETRY_MAX_MS, six hours) */
  retryMaxMs: number;
  /** the reminder's lead time before a window starts (NOTIFY_REMINDER_HOURS, 24) */
  reminderHours: number;
  /** a webhook receiver's time to answer (NOTIFY_WEBHOOK_TIMEOUT_MS, 10 s) */
  webhookTimeoutMs: number;
}

export function notifySettings(): NotifySettings {
  return {
    maxAttempts: Math.floor(positive("NOTIFY_MAX_ATTEMPTS", 12)),
    retryBaseMs: positive("NOTIFY_RETRY_BASE_MS", 60_000),
    retryMaxMs: positive("NOTIFY_RETRY_MAX_MS", 6 * 3_600_000),
    reminderHours: positive("NOTIFY_REMINDER_HOURS", 24),
    webhookTimeoutMs: positive("NOTIFY_WEBHOOK_TIMEOUT_MS", 10_000),
  };
}

/**
 * The delay before attempt `attempts + 1` after `attempts` failed ones: base · 2^(attempts−1),
 * capped. With the defaults, 12 attempts spread over about a day (1, 2, 4 … 256 min, then 6 h).
 */
export function retryDelayMs(attempts: number, settings: Pick<NotifySettings, "retryBaseMs" | "retryMaxMs"> = notifySettings()): number {
  return Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, attempts - 1));
}
