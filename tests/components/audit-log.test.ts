// The Settings "Audit log" section rendered to HTML on the server: members by email, keys and the
// system by kind, readable actions and details, and where to find older events.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditLog, type AuditLogEvent } from "@/components/settings/audit-log";

const events: AuditLogEvent[] = [
  {
    id: "e2",
    action: "member.role_changed",
    actor: { kind: "user", id: "u1" },
    target: { type: "user", id: "u2" },
    details: { from: "member", to: "admin" },
    createdAt: "2026-06-02T10:00:00Z",
  },
  {
    id: "e1",
    action: "retention.ran",
    actor: { kind: "system", id: null },
    target: null,
    details: { sessions: 4 },
    createdAt: "2026-06-01T10:00:00Z",
  },
  {
    id: "e0",
    action: "secret_key.revoked",
    actor: { kind: "secret_key", id: "k9" },
    target: { type: "key", id: "k1" },
    details: {},
    createdAt: "2026-05-01T10:00:00Z",
  },
];

function render(props: Partial<Parameters<typeof AuditLog>[0]> = {}) {
  return renderToStaticMarkup(
    createElement(AuditLog, {
      events,
      hasMore: false,
      userLabels: { u1: "owner@example.test", u2: "ana@example.test" },
      projectId: "p1",
      ...props,
    }),
  );
}

describe("AuditLog", () => {
  it("names who did what to whom, newest first, with the details", () => {
    const html = render();
    const rows = html.split("<tr>").slice(2);
    expect(rows[0]).toContain("owner@example.test");
    expect(rows[0]).toContain("Changed a member&#x27;s role");
    expect(rows[0]).toContain("ana@example.test");
    expect(rows[0]).toContain("member → admin");
    expect(rows[1]).toContain("System");
    expect(rows[1]).toContain("Applied the retention policy");
    expect(rows[1]).toContain("sessions: 4");
    expect(rows[2]).toContain("Secret key k9");
    expect(rows[2]).toContain("key k1");
    expect(html).not.toContain("usertests audit list");
  });

  it("points to the CLI and API when there are older events, and says when there are none", () => {
    expect(render({ hasMore: true })).toContain("usertests audit list --project p1");
    expect(render({ events: [] })).toContain("Nothing recorded yet");
  });
});
