import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/app/globals.css";

export const metadata: Metadata = {
  icons: { icon: "/brand/icon.svg" },
  title: { default: "メンテナンス・障害情報 | クロネコwebコレクト", template: "%s | クロネコwebコレクト" },
};

export default function JapaneseLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  );
}
