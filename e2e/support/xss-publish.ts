// Publishes a notice whose every text and Markdown field carries the XSS corpus,
// through the domain code the console's actions use (as e2e/support/publish-notice.ts):
//   tsx --conditions=react-server e2e/support/xss-publish.ts <slug>
// The window starts tomorrow, so the notice is upcoming and no backfill is involved.
import { db } from "@/lib/db";
import { createRevisionDraft } from "@/lib/notices/content/write";
import { publishRevision } from "@/lib/notices/workflow/workflow";
import { xssCorpus, xssMarkdown } from "./xss-corpus";

const slug = process.argv[2] ?? "";
if (!slug) throw new Error("usage: xss-publish.ts <slug>");
const start = new Date(Date.now() + 24 * 3600_000);
const end = new Date(start.getTime() + 3600_000);
// single-line fields get every payload on one line
const oneLine = xssCorpus.map((payload) => payload.text.replace(/\n+/g, " ")).join(" ");
const both = (text: string) => ({ ja: text, en: text });

async function main() {
  await db.$transaction(
    async (tx) => {
      const approver = await tx.user.findUniqueOrThrow({ where: { email: "approver@example.com" } });
      // Playwright runs beforeAll again in a new worker after a failure: publish once
      if (await tx.notice.findUnique({ where: { slug } })) return;
      const issuer = await tx.issuer.findFirstOrThrow();
      const notice = await tx.notice.create({ data: { slug, kind: "EMERGENCY", issuerId: issuer.id, createdById: approver.id } });
      const revision = await createRevisionDraft(tx, {
        noticeId: notice.id,
        authorId: approver.id,
        content: {
          title: both(`XSS ${oneLine}`),
          lead: both(xssMarkdown),
          addressee: both(oneLine),
          merchantAction: { level: "REQUIRED", text: both(xssMarkdown) },
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
          contactKey: "customer-service",
          windows: [{ key: "main", startsAt: start, endsAt: end }],
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
        },
      });
      await publishRevision(tx, revision.id, { actor: { userId: approver.id }, breakGlass: true });
    },
    { timeout: 30_000 },
  );
  console.log("committed");
  await db.$disconnect();
}

void main();
