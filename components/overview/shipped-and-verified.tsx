// "Shipped and verified" next to the task pipeline: merged tasks, and how many of them the
// participants behind the evidence confirmed fixed in follow-up interviews (ADR 017).
import Link from "next/link";

export function ShippedAndVerified({ projectId, shipped, verified }: { projectId: string; shipped: number; verified: number }) {
  return (
    <p className="text-[13px] text-zinc-600" data-testid="shipped-and-verified">
      <span className="font-semibold text-zinc-900 tabular-nums" data-testid="stat-verified">
        {verified.toLocaleString("en-US")}
      </span>{" "}
      of{" "}
      <Link href={`/projects/${projectId}/tasks`} className="font-medium text-indigo-700 hover:underline">
        <span data-testid="stat-shipped">{shipped.toLocaleString("en-US")}</span> shipped
      </Link>{" "}
      {shipped === 1 ? "task" : "tasks"} verified fixed by participants
    </p>
  );
}
