import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "ダッシュボード" };

export default async function DashboardPage() {
  await requireUser();
  return (
    <>
      <h1>ダッシュボード</h1>
      <p>お知らせの作成・承認・公開の画面はこれから追加されます。</p>
    </>
  );
}
