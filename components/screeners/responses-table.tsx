"use client";

import Link from "next/link";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import type { QuestionData, ResponseData } from "./types";

type Filter = "all" | "qualified" | "disqualified";

function formatAnswer(v: string | string[] | number | undefined): string {
  if (v === undefined) return "—";
  return Array.isArray(v) ? v.join(", ") : String(v);
}

/** Responses, newest first, a page at a time; each row opens to show the answers. */
export function ResponsesTable({
  projectId,
  screenerId,
  questions,
  initial,
}: {
  projectId: string;
  screenerId: string;
  questions: QuestionData[];
  initial: { responses: ResponseData[]; nextCursor: string | null };
}) {
  const [rows, setRows] = useState(initial.responses);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [filter, setFilter] = useState<Filter>("all");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/v1/projects/${projectId}/screeners/${screenerId}/responses`;

  async function load(next: { filter: Filter; cursor: string | null; append: boolean }) {
    setPending(true);
    setError(null);
    try {
      const params = new URLSearchParams({ limit: "25" });
      if (next.cursor) params.set("cursor", next.cursor);
      if (next.filter !== "all") params.set("qualified", String(next.filter === "qualified"));
      const page = await api<{ responses: ResponseData[]; nextCursor: string | null }>(`${base}?${params}`);
      setRows((r) => (next.append ? [...r, ...page.responses] : page.responses));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  const textOf = new Map(questions.map((q) => [q.id, q.text]));

  return (
    <Card aria-labelledby="responses-heading">
      <CardHeader
        id="responses-heading"
        title="Responses"
        description="Newest first. The reason is the first rule a participant failed; participants never see it."
        actions={
          <div role="group" aria-label="Show" className="inline-flex rounded-md border border-zinc-300 bg-white p-0.5 shadow-xs">
            {(["all", "qualified", "disqualified"] as const).map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => {
                  setFilter(f);
                  void load({ filter: f, cursor: null, append: false });
                }}
                className={`rounded px-2.5 py-1 text-xs font-medium capitalize focus-visible:outline-2 focus-visible:outline-indigo-600 ${filter === f ? "bg-zinc-900 text-white" : "text-zinc-600 hover:bg-zinc-100"}`}
              >
                {f}
              </button>
            ))}
          </div>
        }
      />
      {error && (
        <div className="px-5 pt-4">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {rows.length === 0 ? (
        <EmptyState
          title={filter === "all" ? "No responses yet" : `No ${filter} responses`}
          description="Share the screener link; answers appear here as they arrive."
        />
      ) : (
        <Table aria-label="Responses">
          <thead>
            <tr>
              <Th>Participant</Th>
              <Th>Result</Th>
              <Th>Source</Th>
              <Th>Session</Th>
              <Th className="text-right">Received</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const utm = [r.utm.source, r.utm.medium, r.utm.campaign].filter(Boolean).join(" / ");
              const extraUtm = [r.utm.term && `term: ${r.utm.term}`, r.utm.content && `content: ${r.utm.content}`]
                .filter(Boolean)
                .join(" · ");
              return (
                <tr key={r.id} className="align-top" data-testid="response-row">
                  <Td className="align-top">
                    <p className="font-medium text-zinc-900">
                      {r.participantName ?? <span className="font-normal text-zinc-500">No name</span>}
                    </p>
                    <p className="text-xs text-zinc-500">{r.participantEmail ?? "No email"}</p>
                    <details className="mt-1.5 text-xs">
                      <summary className="cursor-pointer text-indigo-700 hover:underline">Answers and consents</summary>
                      <dl className="mt-2 max-w-md space-y-1.5">
                        {Object.entries(r.answers).map(([id, v]) => (
                          <div key={id}>
                            <dt className="text-zinc-500">{textOf.get(id) ?? <span className="italic">Deleted question</span>}</dt>
                            <dd className="text-zinc-900">{formatAnswer(v)}</dd>
                          </div>
                        ))}
                        <div>
                          <dt className="text-zinc-500">Consents</dt>
                          <dd className="text-zinc-900">
                            Recording {r.consents.recording ? "yes" : "no"} · Analytics {r.consents.analytics ? "yes" : "no"} · Follow-up{" "}
                            {r.consents.followUp ? "yes" : "no"}
                          </dd>
                        </div>
                      </dl>
                    </details>
                  </Td>
                  <Td className="max-w-sm align-top">
                    {r.qualified ? <Badge tone="green">Qualified</Badge> : <Badge tone="red">Disqualified</Badge>}
                    {r.reason && <p className="mt-1 text-xs leading-relaxed text-zinc-600">{r.reason}</p>}
                  </Td>
                  <Td className="align-top text-xs">
                    {utm || extraUtm ? (
                      <>
                        {utm && <p className="text-zinc-800">{utm}</p>}
                        {extraUtm && <p className="text-zinc-500">{extraUtm}</p>}
                      </>
                    ) : (
                      <span className="text-zinc-500">Direct</span>
                    )}
                  </Td>
                  <Td className="align-top text-xs">
                    {r.sessionId ? (
                      <>
                        <Link
                          href={`/projects/${projectId}/sessions/${r.sessionId}`}
                          className="font-medium whitespace-nowrap text-indigo-700 hover:underline"
                          title={r.sessionId}
                        >
                          Open session →
                        </Link>
                        {r.sessionStatus && <p className="text-zinc-500 capitalize">{r.sessionStatus}</p>}
                      </>
                    ) : (
                      <span className="text-zinc-500">—</span>
                    )}
                  </Td>
                  <Td className="text-right align-top whitespace-nowrap text-zinc-500">
                    <Time value={r.createdAt} />
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {cursor && (
        <div className="flex justify-center border-t border-zinc-100 px-5 py-3">
          <Button variant="secondary" size="sm" pending={pending} onClick={() => load({ filter, cursor, append: true })}>
            Load more
          </Button>
        </div>
      )}
    </Card>
  );
}
