import { Card, CardHeader } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import type { LabelledAnswer } from "@/lib/sessions/get-screener-answers";

function Consent({ label, given }: { label: string; given: boolean }) {
  return (
    <li className="flex items-center justify-between gap-2 text-[13px]">
      <span className="text-zinc-600">{label}</span>
      <span className={cx("inline-flex items-center gap-1 text-xs font-medium", given ? "text-emerald-700" : "text-zinc-500")}>
        <span className={cx("size-1.5 rounded-full", given ? "bg-emerald-500" : "bg-zinc-300")} aria-hidden="true" />
        {given ? "Given" : "Not given"}
      </span>
    </li>
  );
}

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div className="grid grid-cols-[100px_minmax(0,1fr)] gap-2 text-[13px]">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="truncate text-zinc-800" title={value ?? undefined}>
        {value || <span className="text-zinc-500">—</span>}
      </dd>
    </div>
  );
}

export interface ParticipantInfo {
  name: string | null;
  email: string | null;
  externalId: string | null;
  userAgent: string | null;
  consents: { recording: boolean; analytics: boolean; followUp: boolean };
  utm: { source: string | null; medium: string | null; campaign: string | null; term: string | null; content: string | null } | null;
  qualified: boolean | null;
  answers: LabelledAnswer[];
}

/** Who took part, what they agreed to, where they came from and how they answered the screener. */
export function ParticipantCard({ info }: { info: ParticipantInfo }) {
  const utm = info.utm && Object.entries(info.utm).filter(([, v]) => v);
  return (
    <Card aria-labelledby="participant-title">
      <CardHeader id="participant-title" title="Participant" />
      <div className="space-y-5 px-5 py-4">
        <dl className="space-y-1.5">
          <Row label="Name" value={info.name} />
          <Row label="Email" value={info.email} />
          {info.externalId && <Row label="External id" value={info.externalId} />}
          {info.userAgent && <Row label="Browser" value={info.userAgent} />}
        </dl>
        <div>
          <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Consents</h3>
          <ul className="space-y-1">
            <Consent label="Recording" given={info.consents.recording} />
            <Consent label="Analytics" given={info.consents.analytics} />
            <Consent label="Follow-up contact" given={info.consents.followUp} />
          </ul>
        </div>
        <div>
          <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Source (UTM)</h3>
          {utm && utm.length ? (
            <dl className="space-y-1.5">
              {utm.map(([k, v]) => (
                <Row key={k} label={k[0].toUpperCase() + k.slice(1)} value={v} />
              ))}
            </dl>
          ) : (
            <p className="text-[13px] text-zinc-500">No campaign parameters.</p>
          )}
        </div>
        <div>
          <h3 className="mb-1.5 flex items-center gap-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
            Screener answers
            {info.qualified !== null && (
              <span
                className={cx(
                  "rounded-full px-1.5 py-px text-[11px] font-medium normal-case",
                  info.qualified ? "bg-emerald-50 text-emerald-700" : "bg-red-50 text-red-700",
                )}
              >
                {info.qualified ? "qualified" : "disqualified"}
              </span>
            )}
          </h3>
          {info.answers.length ? (
            <dl className="space-y-2.5">
              {info.answers.map((a) => (
                <div key={a.questionId}>
                  <dt className="text-xs text-zinc-500">{a.question}</dt>
                  <dd className="text-[13px] text-zinc-800">{a.answer}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="text-[13px] text-zinc-500">This session did not come through a screener.</p>
          )}
        </div>
      </div>
    </Card>
  );
}
