import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/app/globals.css";

export const metadata: Metadata = {
  icons: { icon: "/brand/icon.svg" },
  title: { default: "Maintenance notices | Kuroneko Web Collect", template: "%s | Kuroneko Web Collect" },
};

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
