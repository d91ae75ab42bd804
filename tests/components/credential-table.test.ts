// The one credential table (API tokens, secret keys, members, invitations), rendered to HTML on the
// server as the pages first send it: what assistive technology and the e2e journeys rely on.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CredentialStatus, RowAction } from "@/components/credentials/credential-cells";
import { type CredentialColumn, CredentialTable, nameColumn, prefixColumn, timeColumn } from "@/components/credentials/credential-table";

interface Token {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

const NOW = Date.parse("2026-06-17T12:00:00Z");
const tokens: Token[] = [
  {
    id: "a",
    name: "Laptop CLI",
    prefix: "ut_pat_ab12",
    createdAt: "2026-06-01T10:00:00Z",
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
  },
  {
    id: "b",
    name: "Old CI",
    prefix: "ut_pat_cd34",
    createdAt: "2026-01-01T10:00:00Z",
    lastUsedAt: "2026-02-01T10:00:00Z",
    expiresAt: "2026-03-01T10:00:00Z",
    revokedAt: null,
  },
  {
    id: "c",
    name: "Leaked",
    prefix: "ut_pat_ef56",
    createdAt: "2026-01-01T10:00:00Z",
    lastUsedAt: null,
    expiresAt: "2026-03-01T10:00:00Z",
    revokedAt: "2026-02-02T10:00:00Z",
  },
];
const columns: CredentialColumn<Token>[] = [
  nameColumn("Name", (t) => t.name),
  prefixColumn("Token"),
  timeColumn("Last used", (t) => t.lastUsedAt, { fallback: "Never", headerClassName: "w-32" }),
  { header: "Status", cell: (t) => createElement(CredentialStatus, { revokedAt: t.revokedAt, expiresAt: t.expiresAt, now: NOW }) },
];

function render(actions: (t: Token) => ReturnType<typeof createElement> | false) {
  const html = renderToStaticMarkup(
    createElement(CredentialTable<Token>, {
      label: "API tokens",
      items: tokens,
      rowKey: (t) => t.id,
      rowTestId: "api-token-row",
      columns,
      actions,
      actionsClassName: "w-24",
    }),
  );
  const rows = html.split('<tr data-testid="api-token-row">').slice(1);
  return { html, rows };
}

const revoke = (t: Token) => !t.revokedAt && createElement(RowAction, { label: `Revoke ${t.name}`, onClick: () => {} }, "Revoke");

describe("CredentialTable", () => {
  it("is a named table with one header per column and a screen-reader header for the actions", () => {
    const { html } = render(revoke);
    expect(html).toMatch(/<table class="[^"]*" aria-label="API tokens">/);
    const headers = [...html.matchAll(/<th scope="col" class="([^"]*)">(.*?)<\/th>/g)].map((m) => m[2]);
    expect(headers).toEqual(["Name", "Token", "Last used", "Status", '<span class="sr-only">Actions</span>']);
    expect(html).toMatch(/<th scope="col" class="[^"]* w-32">Last used<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]* w-24"><span class="sr-only">Actions/);
  });

  it("renders one row per item with its test id, name, key prefix (never more) and dates", () => {
    const { rows } = render(revoke);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain(
      'class="border-b border-zinc-100 px-5 py-3 align-middle text-zinc-700 font-medium text-zinc-900">Laptop CLI</td>',
    );
    expect(rows[0]).toContain('<code class="font-mono text-xs text-zinc-600">ut_pat_ab12…</code>');
    expect(rows[0]).toContain('<span class="text-zinc-500">Never</span>');
    expect(rows[1]).toContain('<time dateTime="2026-02-01T10:00:00.000Z"');
  });

  it("shows each credential's state and offers the action only where the caller gives one", () => {
    const { rows } = render(revoke);
    expect(rows.map((r) => r.match(/>(Active|Expired|Revoked)</)?.[1])).toEqual(["Active", "Expired", "Revoked"]);
    expect(rows[0]).toMatch(/<td class="[^"]*text-right"><button[^>]*aria-label="Revoke Laptop CLI"[^>]*>Revoke<\/button><\/td>/);
    expect(rows[1]).toContain('aria-label="Revoke Old CI"');
    expect(rows[2]).not.toContain("<button");
  });

  it("a key without an expiry date is never expired, and an action without a label has no aria-label", () => {
    expect(renderToStaticMarkup(createElement(CredentialStatus, { revokedAt: null }))).toContain(">Active<");
    expect(renderToStaticMarkup(createElement(CredentialStatus, { revokedAt: "2026-01-01" }))).toContain(">Revoked<");
    const leave = renderToStaticMarkup(createElement(RowAction, { onClick: () => {} }, "Leave"));
    expect(leave).toMatch(/^<button type="button"[^>]*>Leave<\/button>$/);
    expect(leave).not.toContain("aria-label");
  });
});
