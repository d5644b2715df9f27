import type { ReactNode } from "react";

/**
 * The wrapper a console table scrolls sideways in on a phone. A table that may scroll
 * and has nothing inside to focus (no link, no button) needs the wrapper itself to be a
 * focusable, labelled region, or a keyboard cannot scroll it (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label?: string; children: ReactNode }) {
  const region = label ? ({ tabIndex: 0, role: "region", "aria-label": label } as const) : {};
  return (
    <div className="admin-table-wrap" {...region}>
      {children}
    </div>
  );
}
