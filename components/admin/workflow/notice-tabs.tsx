"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NoticeTab {
  href: string;
  label: string;
}

// The notice's tabs (編集, プレビュー, 履歴): links, not an ARIA tab widget, since each is
// its own page; the current one says so to assistive technology (aria-current).
export function NoticeTabs({ label, tabs }: { label: string; tabs: readonly NoticeTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="admin-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={pathname === tab.href ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
