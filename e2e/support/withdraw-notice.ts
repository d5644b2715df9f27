// Withdraws a published notice straight through the domain code, as another instance
// would (no request to the server under test: it learns of it from the freshness loop):
//   tsx --conditions=react-server e2e/support/withdraw-notice.ts <slug> <reason>
import { db } from "@/lib/db";
import { contextFor, withdrawNotice } from "@/lib/notices/commands";

const [slug, reason] = process.argv.slice(2);

async function main() {
  await db.$transaction(async (tx) => {
    const approver = await tx.user.findUniqueOrThrow({ where: { email: "approver@example.com" } });
    const notice = await tx.notice.findUniqueOrThrow({ where: { slug: slug! } });
    await withdrawNotice(await contextFor(tx, approver.id), { noticeId: notice.id, reason: reason! });
  });
  await db.$disconnect();
}

void main();
