"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

// The current section is marked for assistive technology too (aria-current), not only by colour.
export function ConsoleNav({ items, label }: { items: readonly NavItem[]; label: string }) {
  const pathname = usePathname();
  const within = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  // the deepest section the page is in (/admin/notifications/suppressions is not also /admin/notifications)
  const deepest = items.filter((item) => within(item.href)).reduce<string | null>((best, item) => (!best || item.href.length > best.length ? item.href : best), null);
  const current = (href: string) => href === deepest;
  return (
    <nav aria-label={label} className="admin-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current(item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
