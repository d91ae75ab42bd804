// The one table for credentials and access: API tokens, secret keys, members and pending invitations.
// Each caller names its columns (header, cell, widths) and its row actions; the table keeps what
// they share: the accessible name, one row per item with its test id, a right-aligned actions
// column with a screen-reader header, and the same cells for names, key prefixes and dates.
import type { ReactNode } from "react";
import type { DateLike } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";

export interface CredentialColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** classes of the header cell (members and invitations fix their column widths) */
  headerClassName?: string;
  /** classes of each body cell */
  className?: string;
}

export function CredentialTable<T>({
  label,
  items,
  rowKey,
  rowTestId,
  columns,
  actions,
  actionsClassName,
}: {
  /** the table's accessible name ("API tokens", "Members"…) */
  label: string;
  items: T[];
  rowKey: (item: T) => string;
  rowTestId: string;
  columns: CredentialColumn<T>[];
  /** what the row offers (revoke, remove, leave), or nothing */
  actions: (item: T) => ReactNode;
  actionsClassName?: string;
}) {
  return (
    <Table aria-label={label}>
      <thead>
        <tr>
          {columns.map((c) => (
            <Th key={c.header} className={c.headerClassName}>
              {c.header}
            </Th>
          ))}
          <Th className={actionsClassName}>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={rowKey(item)} data-testid={rowTestId}>
            {columns.map((c) => (
              <Td key={c.header} className={c.className}>
                {c.cell(item)}
              </Td>
            ))}
            <Td className="text-right">{actions(item)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The row's name (a token's or key's name, an invitation's email), emphasised. */
export function nameColumn<T>(header: string, name: (item: T) => ReactNode): CredentialColumn<T> {
  return { header, cell: name, className: "font-medium text-zinc-900" };
}

/** The visible start of a secret: enough to tell keys apart, never the secret itself. */
export function prefixColumn<T extends { prefix: string }>(header: string): CredentialColumn<T> {
  return { header, cell: (item) => <code className="font-mono text-xs text-zinc-600">{item.prefix}…</code> };
}

export function timeColumn<T>(
  header: string,
  time: (item: T) => DateLike | null,
  options: { fallback?: string; headerClassName?: string } = {},
): CredentialColumn<T> {
  return { header, headerClassName: options.headerClassName, cell: (item) => <Time value={time(item)} fallback={options.fallback} /> };
}
