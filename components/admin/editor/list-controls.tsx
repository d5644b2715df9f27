"use client";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import { useMessages } from "@/lib/i18n/console/client";

/** `items` with the item at `from` moved to `to`. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Up, down and remove for one item of a list (sections, blocks, windows …). */
export function ListControls({ index, count, onMove, onRemove }: { index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const t = useMessages(editorLabelsIn);
  return (
    <div className="admin-list-controls">
      <button type="button" disabled={index === 0} onClick={() => onMove(index - 1)}>
        {t.moveUp}
      </button>
      <button type="button" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        {t.moveDown}
      </button>
      <button type="button" className="admin-danger" onClick={onRemove}>
        {t.remove}
      </button>
    </div>
  );
}
