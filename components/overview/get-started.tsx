import Link from "next/link";

/** What a new project needs before it has evidence: shown while it has no sessions. */
export function GetStarted({ projectId, admin }: { projectId: string; admin: boolean }) {
  const base = `/projects/${projectId}`;
  const steps = [
    {
      title: "Recruit participants with a screener",
      body: "Qualified people go straight into an AI interview.",
      link: { href: `${base}/screeners`, label: "Screeners" },
    },
    {
      title: "Or add the SDK snippet to your site",
      body: "It uses the project's public key and records sessions only from the origins you allow.",
      link: admin ? { href: `${base}/settings#snippet`, label: "Snippet and allowed origins" } : null,
    },
    {
      title: "Invite your team",
      body: "Researchers, engineers and stakeholders each get the role they need.",
      link: { href: `${base}/settings#members`, label: admin ? "Invite members" : "See members" },
    },
  ];
  return (
    <ol className="space-y-4">
      {steps.map((step, i) => (
        <li key={step.title} className="flex gap-3">
          <span className="grid size-6 shrink-0 place-items-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600">
            {i + 1}
          </span>
          <div className="space-y-0.5">
            <p className="text-sm font-medium text-zinc-900">{step.title}</p>
            <p className="text-[13px] text-zinc-500">{step.body}</p>
            {step.link && (
              <Link
                href={step.link.href}
                className="inline-block pt-0.5 text-[13px] font-medium text-indigo-700 hover:text-indigo-900 hover:underline"
              >
                {step.link.label} →
              </Link>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
