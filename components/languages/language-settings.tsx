"use client";

// Settings → Languages (issue #17): the language the team reads (summaries, analysis, specs, quote
// translations) and the languages participants may be interviewed in (the first is the default
// when neither the link, the participant nor the browser picks one).
import { useState } from "react";
import { api, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { SaveBar } from "@/components/ui/save-bar";
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from "@/lib/languages/supported";

interface Value {
  researchLanguage: string;
  interviewLanguages: string[];
}

export function LanguageSettings({ projectId, initial, canEdit }: { projectId: string; initial: Value; canEdit: boolean }) {
  const [saved, setSaved] = useState(initial);
  const [research, setResearch] = useState(initial.researchLanguage);
  const [offered, setOffered] = useState(initial.interviewLanguages);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, pending, error } = useApiAction();
  const dirty = research !== saved.researchLanguage || offered.join() !== saved.interviewLanguages.join();
  const valid = offered.length > 0;
  const toggle = (code: LanguageCode, on: boolean) => setOffered((o) => (on ? [...o, code] : o.filter((c) => c !== code)));
  const formError = formLevelError(error, ["researchLanguage", "interviewLanguages"]);
  const nameOf = (c: string) => LANGUAGES[c as LanguageCode]?.englishName ?? c;

  // viewers read the values; only those who may change them get controls
  if (!canEdit)
    return (
      <Card>
        <CardBody className="space-y-1 text-sm text-zinc-800">
          <p>
            <span className="font-medium">Research language:</span> {nameOf(saved.researchLanguage)}
          </p>
          <p>
            <span className="font-medium">Interview languages:</span> {saved.interviewLanguages.map(nameOf).join(", ")}
          </p>
        </CardBody>
      </Card>
    );

  return (
    <Card>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!valid || !dirty) return;
          setNotice(null);
          const body = { researchLanguage: research, interviewLanguages: offered };
          const r = await run(() => api(`/api/v1/projects/${projectId}`, { method: "PATCH", body }));
          if (r.ok) {
            setSaved(body);
            setNotice("Saved.");
          }
        }}
      >
        <CardBody className="space-y-4">
          <div className="space-y-1">
            <label htmlFor="research-language" className="block text-sm font-medium text-zinc-800">
              Research language
            </label>
            <select
              id="research-language"
              value={research}
              disabled={!canEdit}
              onChange={(e) => setResearch(e.target.value)}
              aria-describedby="research-language-hint"
              className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm"
            >
              {LANGUAGE_CODES.map((c) => (
                <option key={c} value={c}>
                  {LANGUAGES[c].englishName}
                </option>
              ))}
            </select>
            <p id="research-language-hint" className="text-[13px] text-zinc-600">
              Summaries, analysis, task titles and specs are written in it; quotes stay verbatim and carry a translation into it.
            </p>
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-zinc-800">Interview languages</legend>
            <p className="text-[13px] text-zinc-600">
              Participants can pick one of these; the first ticked is the default. Add <code>?lang=es</code> to a screener link to preselect
              one.
            </p>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {LANGUAGE_CODES.map((c) => (
                <label key={c} className="flex items-center gap-2 text-sm text-zinc-800">
                  <input
                    type="checkbox"
                    data-testid={`interview-language-${c}`}
                    checked={offered.includes(c)}
                    disabled={!canEdit}
                    onChange={(e) => toggle(c, e.target.checked)}
                    className="size-4 accent-indigo-600"
                  />
                  {LANGUAGES[c].englishName}
                </label>
              ))}
            </div>
            {!valid && <p className="text-[13px] text-red-700">Offer at least one language.</p>}
          </fieldset>
          {formError && <Alert tone="error">{formError}</Alert>}
        </CardBody>
        {canEdit && (
          <SaveBar
            notice={notice}
            dirty={dirty}
            pending={pending}
            canSave={valid}
            onDiscard={() => {
              setResearch(saved.researchLanguage);
              setOffered(saved.interviewLanguages);
            }}
          />
        )}
      </form>
    </Card>
  );
}
