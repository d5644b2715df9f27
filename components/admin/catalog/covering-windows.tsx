import Link from "next/link";
import { formatWindow } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { CoveringWindow } from "@/lib/maintenance/covering";
import { catalogMessagesIn } from "@/lib/catalog/messages";

// A channel's page in the catalog: the published windows that stop it soon (read with
// windowsCoveringChannel), so an admin sees what depends on the channel before changing it.
export function CoveringWindows({ windows, locale }: { windows: CoveringWindow[]; locale: Locale }) {
  const m = catalogMessagesIn[locale].covering;
  return (
    <section className="admin-panel" aria-labelledby="covering-heading">
      <h2 id="covering-heading">{m.heading}</h2>
      {windows.length ? (
        <ul>
          {windows.map((w) => (
            <li key={`${w.revisionId}-${w.key}`}>
              {formatWindow(w.startsAt, w.endsAt, locale)}{" "}
              <Link href={`/admin/notices/${w.noticeId}`} lang="ja">
                {w.titleJa}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.none}</p>
      )}
    </section>
  );
}
