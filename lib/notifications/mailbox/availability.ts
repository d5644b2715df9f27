// Whether the console shows the development mailbox (CaughtMail). Mails go there when
// no SMTP server is configured (SMTP_URL, as the transport reads it): always in
// development, and in production only while no SMTP is set, when it is where every
// mail went. With SMTP configured in production, the caught mails of an earlier
// setup are not shown (the page answers 404, the menu leaves it out).
// No server-only: the menu (lib/auth/console-menu.ts) reads it too.
import { configuredSmtpUrl } from "@/lib/notifications/transport-config";

export function mailboxAvailable(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV !== "production" || configuredSmtpUrl(env) === null;
}
