import { CopyButton } from "./copy-button";

/** A block of code to paste somewhere (a snippet, a config line), on a dark bar with its language and a copy button. */
export function CodeBlock({ code, label, language, testId }: { code: string; label: string; language: string; testId?: string }) {
  // the copy button sits in a bar above the code so long lines never run under it
  return (
    <div className="overflow-hidden rounded-md border border-zinc-800 bg-zinc-900">
      <div className="flex items-center justify-between gap-3 border-b border-zinc-800 bg-zinc-950/40 py-1.5 pr-1.5 pl-4">
        <span className="text-xs font-medium text-zinc-400">{language}</span>
        <CopyButton value={code} label={`Copy ${language}`} variant="ghost-dark" />
      </div>
      {/* long lines scroll sideways: a named tab stop, so keyboard users can scroll it too */}
      <pre
        role="region"
        tabIndex={0}
        aria-label={label}
        data-testid={testId}
        className="overflow-x-auto px-4 py-3 font-mono text-[12.5px] leading-relaxed text-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-400"
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}
