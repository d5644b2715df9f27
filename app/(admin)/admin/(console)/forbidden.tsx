import Link from "next/link";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

// Shown with HTTP 403 when a signed-in user lacks the role a page or action needs (forbidden()).
export default async function Forbidden() {
  const t = shellMessagesIn[await consoleLocale()];
  return (
    <>
      <h1>{t.forbiddenHeading}</h1>
      <p>{t.forbiddenText}</p>
      <p>
        <Link href="/admin">{t.backToDashboard}</Link>
      </p>
    </>
  );
}
