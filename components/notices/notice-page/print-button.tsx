"use client";

/** Prints the notice; the print stylesheet lays it out like the original letter. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--small" onClick={() => window.print()}>
      {label}
    </button>
  );
}
