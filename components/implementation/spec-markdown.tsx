// The spec, rendered: GitHub-flavoured markdown (task lists, tables) styled like the rest of the app.
// Links open in a new tab; raw HTML in the markdown is not rendered (react-markdown's default).
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

const components: Components = {
  h1: ({ children }) => <h3 className="text-base font-semibold text-zinc-900">{children}</h3>,
  h2: ({ children }) => <h4 className="mt-5 mb-2 text-[13px] font-semibold tracking-wide text-zinc-500 uppercase">{children}</h4>,
  h3: ({ children }) => <h5 className="mt-4 mb-1.5 text-[13px] font-semibold text-zinc-800">{children}</h5>,
  p: ({ children }) => <p className="my-2 text-[13px] leading-relaxed text-zinc-700">{children}</p>,
  blockquote: ({ children }) => (
    <blockquote className="my-3 border-l-2 border-indigo-200 pl-3 text-zinc-500 [&_p]:text-zinc-500">{children}</blockquote>
  ),
  ul: ({ children, className }) => (
    <ul className={className?.includes("contains-task-list") ? "my-2 space-y-1.5" : "my-2 list-disc space-y-1.5 pl-5"}>{children}</ul>
  ),
  ol: ({ children }) => <ol className="my-2 list-decimal space-y-1.5 pl-5">{children}</ol>,
  // task-list items keep their text flowing (a flex row would split "criterion" and "(from …)" into columns)
  li: ({ children, className }) => (
    <li
      className={
        className?.includes("task-list-item")
          ? "relative pl-6 text-[13px] leading-relaxed text-zinc-700 [&>input]:absolute [&>input]:top-1 [&>input]:left-0"
          : "text-[13px] leading-relaxed text-zinc-700"
      }
    >
      {children}
    </li>
  ),
  a: ({ children, href }) => (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      className="font-medium text-indigo-700 underline decoration-indigo-200 underline-offset-2 hover:decoration-indigo-500"
    >
      {children}
    </a>
  ),
  code: ({ children }) => <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[12px] text-zinc-800">{children}</code>,
  strong: ({ children }) => <strong className="font-semibold text-zinc-900">{children}</strong>,
  input: (props) => <input {...props} disabled className="size-3.5 rounded border-zinc-300 accent-indigo-600" />,
};

export function SpecMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="min-w-0 break-words" data-testid="spec-markdown">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
