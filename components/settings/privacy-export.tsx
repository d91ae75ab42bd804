"use client";
// Settings → Privacy → "Export": one participant's data (JSON) or the whole project (zip), built in
// the background (POST …/exports); the list polls while an export runs and shows its size, expiry
// and download link once it is ready.
import { useEffect, useRef, useState } from "react";
import { api, errorMessage, fieldError } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, isoDate } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import {
  describeProgress,
  type ExportView,
  formatBytes,
  isRunning,
  looksLikeEmail,
  shortHash,
  StatusBadge,
  usePoll,
  ParticipantEmailField,
} from "./privacy-shared";

export function PrivacyExport({ projectId, initial }: { projectId: string; initial: ExportView[] | null }) {
  const base = `/api/v1/projects/${projectId}/exports`;
  const [exports, setExports] = useState<ExportView[] | null>(initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string | null>(null);
  const [pending, setPending] = useState<"participant" | "project" | null>(null);
  const [requested, setRequested] = useState<ExportView | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);

  async function load() {
    try {
      const list = (await api<{ exports: ExportView[] }>(base)).exports;
      setExports(list);
      setLoadError(null);
      setRequested((r) => (r ? (list.find((x) => x.id === r.id) ?? r) : r));
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }

  useEffect(() => {
    if (initial !== null) return;
    const timer = setTimeout(() => void load(), 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first load only; the poll keeps it fresh
  }, []);

  usePoll(load, exports?.some((e) => isRunning(e.status)) ?? false);

  async function request(body: { kind: "participant"; email: string } | { kind: "project" }) {
    setPending(body.kind);
    setRequestError(null);
    try {
      const created = (await api<{ export: ExportView }>(base, { method: "POST", body })).export;
      setRequested(created);
      setExports((list) => [created, ...(list ?? []).filter((x) => x.id !== created.id)]);
      if (body.kind === "participant") setEmail("");
    } catch (e) {
      const field = body.kind === "participant" ? fieldError(e, "email", "Email") : null;
      if (field) setEmailError(field);
      else setRequestError(errorMessage(e));
    } finally {
      setPending(null);
      requestAnimationFrame(() => status.current?.focus());
    }
  }

  function exportParticipant(e: React.FormEvent) {
    e.preventDefault();
    if (!looksLikeEmail(email)) {
      setEmailError("Enter the participant's email address, e.g. dana@example.com");
      return;
    }
    setEmailError(null);
    void request({ kind: "participant", email: email.trim() });
  }

  return (
    <Card data-testid="exports">
      <CardHeader
        id="export-title"
        title="Export"
        description="A participant's data as JSON (their answers, messages, transcript, signals and consents), or the whole project as a zip of CSV and JSON files. Links last 7 days."
      />
      <CardBody className="grid gap-6 border-b border-zinc-100 md:grid-cols-2">
        <form onSubmit={exportParticipant} noValidate aria-label="Export a participant's data" className="space-y-3">
          <ParticipantEmailField
            id="export-email"
            label="Export a participant's data (email)"
            error={emailError}
            value={email}
            onChange={(value) => {
              setEmail(value);
              setEmailError(null);
            }}
          />
          <Button type="submit" variant="secondary" pending={pending === "participant"} disabled={pending !== null}>
            Export participant
          </Button>
        </form>
        <div className="space-y-3">
          <p className="text-[13px] font-medium text-zinc-800">Export the whole project</p>
          <p className="text-xs text-zinc-600">Sessions, signals, tasks and screener responses, as CSV files plus JSON, in one zip.</p>
          <Button
            variant="secondary"
            pending={pending === "project"}
            disabled={pending !== null}
            onClick={() => void request({ kind: "project" })}
          >
            Export project (zip)
          </Button>
        </div>
      </CardBody>

      <div
        ref={status}
        tabIndex={-1}
        aria-live="polite"
        data-testid="export-status"
        className="outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
      >
        {requestError && (
          <p role="alert" className="px-5 py-3 text-[13px] text-red-700">
            {requestError}
          </p>
        )}
        {requested && <RequestedStatus exp={requested} />}
      </div>

      {loadError && (
        <p role="alert" className="px-5 py-3 text-[13px] text-red-700">
          Could not load exports: {loadError}
        </p>
      )}
      {exports === null && !loadError ? (
        <p className="px-5 py-4 text-[13px] text-zinc-600">Loading exports…</p>
      ) : exports && exports.length === 0 ? (
        <EmptyState title="No exports yet" description="Exports requested here, through the CLI or the API are listed here." />
      ) : (
        exports && <ExportTable exports={exports} />
      )}
    </Card>
  );
}

const kindLabel = (e: ExportView) => (e.kind === "project" ? "Whole project" : "Participant");

function RequestedStatus({ exp }: { exp: ExportView }) {
  const progress = describeProgress(exp.progress);
  return (
    <p className="flex flex-wrap items-center gap-2 px-5 py-3 text-[13px] text-zinc-800">
      <StatusBadge status={exp.status} />
      {exp.status === "completed" && exp.downloadUrl ? (
        <>
          {kindLabel(exp)} export ready ({formatBytes(exp.sizeBytes)}).
          <a
            href={exp.downloadUrl}
            download
            className="inline-flex min-h-6 items-center font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            Download {exp.kind === "project" ? "the zip" : "the JSON"}
          </a>
        </>
      ) : exp.status === "failed" ? (
        <>The export failed: {exp.error ?? "unknown error"}.</>
      ) : (
        <>
          {kindLabel(exp)} export {exp.status === "pending" ? "queued" : "being built"}
          {progress ? ` · ${progress}` : ""}. It is listed below; the download link appears when it is ready.
        </>
      )}
    </p>
  );
}

function ExportTable({ exports }: { exports: ExportView[] }) {
  return (
    <Table aria-label="Exports">
      <thead>
        <tr>
          <Th>Requested</Th>
          <Th>What</Th>
          <Th>Status</Th>
          <Th className="text-right">Size</Th>
          <Th>Expires</Th>
          <Th>
            <span className="sr-only">Download</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {exports.map((e) => {
          const progress = describeProgress(e.progress);
          const expired = e.status === "completed" && !e.downloadUrl;
          return (
            <tr key={e.id} data-testid="export-row">
              <Td className="whitespace-nowrap">
                <time dateTime={isoDate(e.createdAt)}>{formatDateTime(e.createdAt)}</time>
              </Td>
              <Td>
                {kindLabel(e)}
                {e.emailHash && (
                  <code className="ml-1.5 font-mono text-xs text-zinc-600" title={e.emailHash}>
                    hash {shortHash(e.emailHash)}
                  </code>
                )}
              </Td>
              <Td>
                <span className="flex flex-wrap items-center gap-1.5">
                  <StatusBadge status={e.status} />
                  {isRunning(e.status) && progress && <span className="text-xs text-zinc-600">{progress}</span>}
                  {e.status === "failed" && e.error && <span className="text-xs text-red-700">{e.error}</span>}
                </span>
              </Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{formatBytes(e.sizeBytes)}</Td>
              <Td className="whitespace-nowrap">
                {expired ? "Expired" : e.expiresAt ? <time dateTime={isoDate(e.expiresAt)}>{formatDateTime(e.expiresAt)}</time> : "—"}
              </Td>
              <Td className="whitespace-nowrap">
                {e.downloadUrl && (
                  <a
                    href={e.downloadUrl}
                    download
                    className="inline-flex min-h-6 items-center font-medium text-indigo-700 underline hover:text-indigo-900"
                  >
                    Download
                    <span className="sr-only">
                      {" "}
                      {kindLabel(e).toLowerCase()} export of {formatDateTime(e.createdAt)}
                    </span>
                  </a>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
