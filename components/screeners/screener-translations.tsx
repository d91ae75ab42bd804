"use client";

// The screener builder's Translations section (issue #17): the researcher picks one of the
// project's other interview languages and writes the screener's texts and each question's text,
// help and options in it, beside the main text. Each language shows how complete it is; what is
// missing falls back to the main text on the participant's page. Saved through the screener and
// question PATCH (`translations`), which replace the whole map, so every language's texts are sent.
import { useState } from "react";
import { api, ApiError, formLevelError } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { SaveBar } from "@/components/ui/save-bar";
import { languageInfo } from "@/lib/languages/supported";
import {
  draftFor,
  draftIssues,
  draftProgress,
  progressSentence,
  QUESTION_LIMITS,
  questionTranslationsBody,
  sameTranslations,
  SCREENER_TEXTS,
  screenerTranslationsBody,
  type TranslationDraft,
} from "@/lib/screeners/translation-progress";
import type { ScreenerData } from "./types";

type Issues = Record<string, string>;

/** The draft kept for a language, fitted to the screener's current questions and options. */
function fitted(screener: ScreenerData, language: string, kept: TranslationDraft | undefined): TranslationDraft {
  const stored = draftFor(screener, language);
  if (!kept) return stored;
  const questions: TranslationDraft["questions"] = {};
  for (const q of screener.questions) {
    const d = kept.questions[q.id] ?? stored.questions[q.id];
    questions[q.id] = { ...d, options: q.options.map((_, i) => d.options[i] ?? "") };
  }
  return { screener: kept.screener, questions };
}

/** An API error's field paths ("translations.es.options.1") as the section's field ids. */
function apiIssues(e: unknown, prefix: string): Record<string, Issues> {
  const out: Record<string, Issues> = {};
  if (!(e instanceof ApiError)) return out;
  for (const [path, messages] of Object.entries(e.fields)) {
    const m = /^translations\.([^.]+)\.(.+)$/.exec(path);
    if (m) (out[m[1]] ??= {})[`${prefix}.${m[2]}`] = messages.join(" · ");
  }
  return out;
}

export function ScreenerTranslations({
  screener,
  canEdit,
  mainLanguage,
  interviewLanguages,
  onSaved,
}: {
  screener: ScreenerData;
  canEdit: boolean;
  /** the language the screener's own texts are written in: the project's research language */
  mainLanguage: string;
  interviewLanguages: string[];
  onSaved: (s: ScreenerData) => void;
}) {
  const languages = interviewLanguages.filter((l) => l !== mainLanguage);
  const [selected, setSelected] = useState(languages[0] ?? null);
  const [drafts, setDrafts] = useState<Record<string, TranslationDraft>>({});
  const [issues, setIssues] = useState<Record<string, Issues>>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const main = languageInfo(mainLanguage);
  const base = `/api/v1/projects/${screener.projectId}/screeners/${screener.id}`;

  const draftOf = (l: string) => fitted(screener, l, drafts[l]);
  const isDirty = (l: string) => drafts[l] !== undefined && JSON.stringify(draftOf(l)) !== JSON.stringify(draftFor(screener, l));
  const dirtyLanguages = languages.filter(isDirty);

  if (!selected) {
    return (
      <Card aria-labelledby="translations-heading">
        <CardHeader id="translations-heading" title="Translations" />
        <CardBody>
          <p className="text-sm text-zinc-600" data-testid="translations-none">
            This project interviews only in {main.englishName}. Add interview languages in{" "}
            <a href={`/projects/${screener.projectId}/settings#languages`} className="font-medium text-indigo-700 hover:underline">
              Settings → Languages
            </a>{" "}
            to translate this screener.
          </p>
        </CardBody>
      </Card>
    );
  }

  const info = languageInfo(selected);
  const draft = draftOf(selected);
  const shown = issues[selected] ?? {};
  const progress = draftProgress(screener, draft);

  function edit(change: (d: TranslationDraft) => TranslationDraft) {
    setNotice(null);
    setDrafts((all) => ({ ...all, [selected!]: change(fitted(screener, selected!, all[selected!])) }));
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!dirtyLanguages.length) return;
    const found: Record<string, Issues> = {};
    for (const l of dirtyLanguages) {
      const i = draftIssues(screener, draftOf(l), main.englishName);
      if (Object.keys(i).length) found[l] = i;
    }
    setIssues(found);
    setError(null);
    const withIssues = Object.keys(found);
    if (withIssues.length) {
      if (!found[selected!]) setSelected(withIssues[0]);
      return;
    }
    setPending(true);
    let current = screener;
    try {
      // every edited language folded into one map per screener / question, then sent when it changed
      let translations: unknown = current.translations;
      for (const l of dirtyLanguages) translations = screenerTranslationsBody({ ...current, translations }, l, draftOf(l));
      if (!sameTranslations(translations, current.translations)) {
        current = (await api<{ screener: ScreenerData }>(base, { method: "PATCH", body: { translations } })).screener;
      }
      for (const q of current.questions) {
        let t: unknown = q.translations;
        for (const l of dirtyLanguages) t = questionTranslationsBody({ ...q, translations: t }, l, draftOf(l).questions[q.id]);
        if (sameTranslations(t, q.translations)) continue;
        try {
          const r = await api<{ screener: ScreenerData }>(`${base}/questions/${q.id}`, { method: "PATCH", body: { translations: t } });
          current = r.screener;
        } catch (x) {
          throw Object.assign(x as object, { questionId: q.id });
        }
      }
      setDrafts({});
      setNotice("Translations saved.");
    } catch (x) {
      const questionId = (x as { questionId?: string }).questionId;
      const mapped = apiIssues(x, questionId ? `question.${questionId}` : "screener");
      setIssues(mapped);
      setError(Object.keys(mapped).length ? null : x);
    } finally {
      // what was saved before a failure stays saved: the builder shows the stored state
      if (current !== screener) onSaved(current);
      setPending(false);
    }
  }

  const textBox = (id: string, label: string, value: string, max: number, multiline: boolean, onChange: (v: string) => void) => {
    const fieldId = `tr-${selected}-${id.replace(/\./g, "-")}`;
    const err = shown[id] ? `${label} ${shown[id]}` : null;
    const props = {
      ...describedBy(fieldId, { error: err }),
      lang: selected!,
      dir: info.dir,
      value,
      maxLength: max,
      readOnly: !canEdit,
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    };
    return (
      <Field id={fieldId} label={label} error={err}>
        {multiline ? <Textarea rows={3} {...props} /> : <Input {...props} />}
      </Field>
    );
  };

  /** The main text on the left, its translation on the right. */
  const row = (key: string, mainLabel: string, mainText: string, translation: React.ReactNode) => (
    <div key={key} className="grid gap-2 md:grid-cols-2 md:gap-5">
      <div className="space-y-1.5">
        <p className="text-[13px] font-medium text-zinc-500">
          {mainLabel} · {main.englishName}
        </p>
        <p lang={mainLanguage} dir="auto" className="rounded-md bg-zinc-50 px-3 py-2 text-sm whitespace-pre-line text-zinc-800">
          {mainText}
        </p>
      </div>
      {translation}
    </div>
  );

  const screenerTexts = SCREENER_TEXTS.filter(({ key }) => screener[key]?.trim());
  const optionsIssue = (qid: string) => shown[`question.${qid}.options`];

  return (
    <Card aria-labelledby="translations-heading">
      <CardHeader
        id="translations-heading"
        title="Translations"
        description={`Write the screener in the project's other interview languages. Participants reading one of them see your texts; anything left empty falls back to the ${main.englishName} text.`}
      />
      <form onSubmit={save} noValidate aria-labelledby="translations-heading">
        <CardBody className="space-y-5">
          <div role="group" aria-label="Translation language" className="flex flex-wrap gap-2">
            {languages.map((l) => {
              const p = draftProgress(screener, draftOf(l));
              const on = l === selected;
              return (
                <button
                  key={l}
                  type="button"
                  aria-pressed={on}
                  onClick={() => setSelected(l)}
                  className={cx(
                    "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-[13px] font-medium",
                    on ? "border-indigo-600 bg-indigo-50 text-indigo-800" : "border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50",
                  )}
                  data-testid="translation-language"
                >
                  {languageInfo(l).englishName}
                  <span
                    className={cx(
                      "text-xs tabular-nums",
                      on ? "text-indigo-800" : p.done === p.total ? "text-emerald-700" : "text-zinc-600",
                    )}
                  >
                    {p.done}/{p.total}
                    <span className="sr-only"> texts translated</span>
                  </span>
                  {isDirty(l) && <span className="text-xs text-amber-800">unsaved</span>}
                </button>
              );
            })}
          </div>
          <p className="text-[13px] text-zinc-600" data-testid="translation-progress" aria-live="polite">
            {info.englishName}: {progressSentence(progress, main.englishName)}
          </p>

          {screenerTexts.length > 0 && (
            <fieldset className="space-y-4">
              <legend className="mb-2 text-sm font-semibold text-zinc-900">Page and messages</legend>
              {screenerTexts.map(({ key, label, max, multiline }) =>
                row(
                  key,
                  label,
                  screener[key] ?? "",
                  textBox(`screener.${key}`, `${label} in ${info.englishName}`, draft.screener[key], max, multiline, (v) =>
                    edit((d) => ({ ...d, screener: { ...d.screener, [key]: v } })),
                  ),
                ),
              )}
            </fieldset>
          )}

          {screener.questions.map((q, n) => {
            const d = draft.questions[q.id];
            const setQ = (change: Partial<typeof d>) =>
              edit((all) => ({ ...all, questions: { ...all.questions, [q.id]: { ...all.questions[q.id], ...change } } }));
            return (
              <fieldset key={q.id} className="space-y-4 border-t border-zinc-100 pt-4" data-testid="translation-question">
                <legend className="sr-only">Question {n + 1}</legend>
                {row(
                  "text",
                  `Question ${n + 1}`,
                  q.text,
                  textBox(`question.${q.id}.text`, `Question ${n + 1} in ${info.englishName}`, d.text, QUESTION_LIMITS.text, false, (v) =>
                    setQ({ text: v }),
                  ),
                )}
                {q.helpText?.trim() &&
                  row(
                    "help",
                    `Help text of question ${n + 1}`,
                    q.helpText,
                    textBox(
                      `question.${q.id}.helpText`,
                      `Help text of question ${n + 1} in ${info.englishName}`,
                      d.helpText,
                      QUESTION_LIMITS.helpText,
                      false,
                      (v) => setQ({ helpText: v }),
                    ),
                  )}
                {q.options.map((o, i) =>
                  row(
                    `option-${i}`,
                    `Option ${i + 1}`,
                    o,
                    textBox(
                      `question.${q.id}.options.${i}`,
                      `Option ${i + 1} of question ${n + 1} in ${info.englishName}`,
                      d.options[i],
                      QUESTION_LIMITS.option,
                      false,
                      (v) => setQ({ options: d.options.map((x, j) => (j === i ? v : x)) }),
                    ),
                  ),
                )}
                {optionsIssue(q.id) && (
                  <p className="text-xs font-medium text-red-600" role="alert" data-testid="options-issue">
                    Options of question {n + 1}: {optionsIssue(q.id)}
                  </p>
                )}
              </fieldset>
            );
          })}
          {Boolean(error) && <Alert tone="error">{formLevelError(error, [])}</Alert>}
          {Object.keys(issues).some((l) => l !== selected && Object.keys(issues[l]).length) && (
            <Alert tone="error">
              Also check{" "}
              {Object.keys(issues)
                .filter((l) => l !== selected)
                .map((l) => languageInfo(l).englishName)
                .join(", ")}
              .
            </Alert>
          )}
        </CardBody>
        {canEdit && (
          <SaveBar
            notice={notice}
            dirty={dirtyLanguages.length > 0}
            pending={pending}
            onDiscard={() => {
              setDrafts({});
              setIssues({});
              setError(null);
            }}
          />
        )}
      </form>
    </Card>
  );
}
