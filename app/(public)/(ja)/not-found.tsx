import Link from "next/link";
import { SiteShell } from "@/components/site/site-shell";

export default function NotFound() {
  return (
    <SiteShell locale="ja" alternatePath="/">
      <h1 className="page-title">お探しのページが見つかりません</h1>
      <p>お知らせが削除されたか、URL が変わった可能性があります。</p>
      <p>
        <Link href="/">お知らせ一覧へ戻る</Link>
      </p>
    </SiteShell>
  );
}
