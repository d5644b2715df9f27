import type { ReactNode } from "react";
import { TableScroll } from "./table-scroll";

export interface AdminColumn<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** the cell that names the row: a <th scope="row"> */
  rowHeader?: boolean;
}

/**
 * The console's list table (notices, catalog, contacts, users, audit): on a phone it
 * scrolls sideways in its wrapper instead of squeezing each column to a character.
 */
export function AdminTable<T extends { id: string }>({
  rows,
  columns,
  caption,
  className,
  rowClassName,
  scrollLabel,
}: {
  rows: readonly T[];
  columns: readonly (AdminColumn<T> | false)[];
  caption?: ReactNode;
  className?: string;
  rowClassName?: (row: T) => string | undefined;
  /** makes the wrapper a focusable, labelled region, so that a keyboard can scroll it (for rows without a link to focus) */
  scrollLabel?: string;
}) {
  const shown = columns.filter((column): column is AdminColumn<T> => column !== false);
  return (
    <TableScroll label={scrollLabel}>
      <table className={className ? `admin-table ${className}` : "admin-table"}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {shown.map((column, i) => (
              <th key={i} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row)}>
              {shown.map((column, i) =>
                column.rowHeader ? (
                  <th key={i} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
