import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminTable } from "@/components/admin/admin-table";
import { requireUser } from "@/lib/auth/session";
import { dateToJstInput } from "@/lib/notices/editor/jst-input";
import { noticeKinds } from "@/lib/notices/content/schema";
import { listNotices, pageSize, parseNoticeListQuery, type NoticeListQuery } from "@/lib/notices/editor/list";
import { editorLabelsIn, kindNamesIn } from "@/lib/notices/editor/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: editorLabelsIn[await consoleLocale()].listTitle };
}

const href = (query: NoticeListQuery, page: number) => {
  const params = new URLSearchParams();
  if (query.state) params.set("state", query.state);
  if (query.kind) params.set("kind", query.kind);
  if (query.q) params.set("q", query.q);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return `/admin/notices${s ? `?${s}` : ""}`;
};

export default async function NoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await consoleLocale();
  const t = editorLabelsIn[locale];
  const kindNames = kindNamesIn[locale];
  const user = await requireUser();
  const query = parseNoticeListQuery(await searchParams);
  if (!query) notFound();
  const { total, notices } = await listNotices(query);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <div className="admin-page-head">
        <h1>{t.listTitle}</h1>
        {user.roles.includes("EDITOR") ? (
          <Link className="admin-button" href="/admin/notices/new">
            {t.newNotice}
          </Link>
        ) : null}
      </div>
      <search>
        <form className="admin-filters" method="get" action="/admin/notices" aria-label={t.filters}>
          <div className="admin-field">
            <label htmlFor="filter-state">{t.state}</label>
            <select id="filter-state" name="state" defaultValue={query.state ?? ""}>
              <option value="">{t.all}</option>
              {(Object.keys(t.noticeStates) as (keyof typeof t.noticeStates)[]).map((s) => (
                <option key={s} value={s}>
                  {t.noticeStates[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="admin-field">
            <label htmlFor="filter-kind">{t.kind}</label>
            <select id="filter-kind" name="kind" defaultValue={query.kind ?? ""}>
              <option value="">{t.all}</option>
              {noticeKinds.map((k) => (
                <option key={k} value={k}>
                  {kindNames[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="admin-field">
            <label htmlFor="filter-q">{t.search}</label>
            <input id="filter-q" type="search" name="q" defaultValue={query.q ?? ""} />
          </div>
          <button type="submit">{t.apply}</button>
        </form>
      </search>
      <p aria-live="polite">{t.count(total)}</p>
      {notices.length === 0 ? (
        <p>{t.noneFound}</p>
      ) : (
        <AdminTable
          rows={notices}
          columns={[
            { header: t.columns.title, cell: (n) => <Link href={`/admin/notices/${n.id}`}>{n.latest?.titleJa || t.untitled}</Link> },
            { header: t.columns.kind, cell: (n) => kindNames[n.kind] },
            { header: t.columns.state, cell: (n) => t.noticeStates[n.state] },
            { header: t.columns.slug, cell: (n) => <code>{n.slug}</code> },
            { header: t.columns.updated, cell: (n) => dateToJstInput(n.latest?.updatedAt ?? n.updatedAt).replace("T", " ") },
          ]}
        />
      )}
      {pages > 1 ? (
        <nav aria-label={t.pages} className="admin-pages">
          {query.page > 1 ? <Link href={href(query, query.page - 1)}>{t.previous}</Link> : null}
          <span>
            {query.page} / {pages}
          </span>
          {query.page < pages ? <Link href={href(query, query.page + 1)}>{t.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
