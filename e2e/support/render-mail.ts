// Prints a notice mail's HTML as renderNoticeMail renders it from the database, for
// the browser spec that opens it as a page and takes its screenshot:
//   tsx --conditions=react-server e2e/support/render-mail.ts <slug> <revision number> <ja|en> [merchant|subscriber]
import { db } from "@/lib/db";
import { renderNoticeMail } from "@/lib/notifications/mail/render";

const [slug, number, locale, kind = "merchant"] = process.argv.slice(2);

async function main() {
  const revision = await db.revision.findFirstOrThrow({ where: { notice: { slug }, number: Number(number) }, select: { id: true } });
  const mail = await renderNoticeMail({
    event: "PUBLICATION",
    locale: locale === "en" ? "en" : "ja",
    revisionId: revision.id,
    windowId: null,
    recipient: kind === "subscriber" ? { kind: "subscriber", unsubscribeUrl: "https://notices.example/api/subscriptions/unsubscribe?token=example", manageUrl: "https://notices.example/subscribe/manage?token=example" } : { kind: "merchant", merchantName: locale === "en" ? "Example Shop Ltd." : "株式会社サンプル商店" },
  });
  process.stdout.write(JSON.stringify(mail));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
