// Where mail goes and how an SMTP failure counts: pure rules of the transport
// (transport.ts), kept apart so they are testable without a database.

export type MailTransportKind = { kind: "smtp"; url: string } | { kind: "catch-all" };

/** The SMTP server set for this environment, or null: the one reading of SMTP_URL (the mailbox page asks it too). */
export function configuredSmtpUrl(env: Record<string, string | undefined> = process.env): string | null {
  return env.SMTP_URL?.trim() || null;
}

/**
 * Where mails go in this environment. Production without SMTP_URL is a configuration
 * error (mails would vanish into a table nobody reads): the worker calls this at start
 * and refuses to run, unless MAIL_TRANSPORT=catch-all says so on purpose (`npm start`
 * on the embedded database sets it).
 */
export function mailTransportConfig(env: Record<string, string | undefined> = process.env): MailTransportKind {
  const url = configuredSmtpUrl(env);
  if (url) {
    if (!/^smtps?:\/\//.test(url)) throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got "${url.replace(/\/\/[^@]*@/, "//…@")}")`);
    return { kind: "smtp", url };
  }
  // `npm start` on the embedded database is a local install, built for production: it opts into the catch-all
  if (env.NODE_ENV === "production" && env.MAIL_TRANSPORT !== "catch-all")
    throw new Error("SMTP_URL is not set: in production the notification worker needs an SMTP server (e.g. SMTP_URL=smtp://user:pass@mail.example.jp:587); it refuses to start rather than lose mails");
  return { kind: "catch-all" };
}

interface SmtpError {
  responseCode?: number;
  response?: string;
  code?: string;
  message?: string;
}

/**
 * A 5xx reply is permanent (RFC 5321: the same mail will fail again: unknown user,
 * rejected domain); anything else (4xx, a refused or dropped connection, a timeout) is
 * transient and retried.
 */
export function classifySmtpError(error: unknown): { permanent: boolean; response: string } {
  const e = (error ?? {}) as SmtpError;
  const response = e.response || [e.code, e.message].filter(Boolean).join(": ") || String(error);
  return { permanent: typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600, response };
}

