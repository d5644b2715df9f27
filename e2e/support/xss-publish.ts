// Publishes a notice whose every text and Markdown field carries the XSS corpus,
// through the console's commands (the editor writes, the approver approves and
// publishes; lib/notices/commands/test-support.ts), as the console's actions would:
//   tsx --conditions=react-server e2e/support/xss-publish.ts <slug>
// The window starts tomorrow, so the notice is upcoming and no backfill is involved.
import { db } from "@/lib/db";
import { createNotice } from "@/lib/notices/commands";
import { as, publishThroughApproval, staffIds } from "@/lib/notices/commands/test-support";
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import { xssCorpus, xssMarkdown } from "./xss-corpus";

const slug = process.argv[2] ?? "";
if (!slug) throw new Error("usage: xss-publish.ts <slug>");
const start = new Date(Date.now() + 24 * 3600_000);
const end = new Date(start.getTime() + 3600_000);
// single-line fields get every payload on one line
const oneLine = xssCorpus.map((payload) => payload.text.replace(/\n+/g, " ")).join(" ");
const both = (text: string) => ({ ja: text, en: text });

const content: RevisionContentInput = {
  title: both(`XSS ${oneLine}`),
  addressee: both(oneLine),
  lead: both(xssMarkdown),
  merchantAction: { level: "REQUIRED", text: both(xssMarkdown) },
  contactKey: "customer-service",
  windows: [{ key: "main", startsAt: start.toISOString(), endsAt: end.toISOString(), channelKeys: ["link-payment-page"] }],
  // the maintenance screen's texts are shown live on the public page
  screen: {
    errorCode: "Z010000000",
    modalBehavior: "FULL_PAGE",
    heading: both(oneLine),
    message: both(oneLine),
    periodLabel: both(oneLine),
    inlineMessage: both(oneLine),
    contactLabel: both(oneLine),
    contactLines: { ja: [oneLine], en: [oneLine] },
    channelKeys: ["link-payment-page"],
  },
  sections: [
    {
      key: "content",
      heading: both(oneLine),
      blocks: [
        { type: "PROSE", body: both(`${xssMarkdown}\n\n脚注[^xss]`), footnotes: [{ key: "xss", text: both(oneLine) }] },
        { type: "WINDOWS", label: both(oneLine) },
        { type: "MERCHANT_ACTION" },
        { type: "ERROR_CODE", caption: both(oneLine), text: both(`${oneLine} {{errorCode}}`) },
        { type: "SCREEN_PREVIEW", variant: "FULL_PAGE", caption: both(oneLine) },
      ],
    },
  ],
};

async function main() {
  // Playwright runs beforeAll again in a new worker after a failure: publish once
  if (!(await db.notice.findUnique({ where: { slug } }))) {
    const { editor } = await staffIds();
    const created = await as(editor, (c) => createNotice(c, { kind: "SCHEDULED", slug, content }));
    await publishThroughApproval(created.revisionId);
  }
  console.log("committed");
  await db.$disconnect();
}

void main();
