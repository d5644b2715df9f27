import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "@/app/globals.css";
import "./admin.css";

// The staff console's own root layout. Every console page is rendered per request:
// its scripts carry this request's CSP nonce (proxy.ts) and it shows one person's data.
export const metadata: Metadata = {
  title: { default: "管理画面 | メンテナンスのお知らせ", template: "%s | 管理画面" },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="ja">
      <body className="admin">{children}</body>
    </html>
  );
}
