import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/**
 * Where the snippet may record, next to the snippet itself: the SDK is refused on any other
 * origin. The list is edited with the project's general settings (one form, one source of truth).
 */
export function AllowedOrigins({ origins, canEdit }: { origins: string[]; canEdit: boolean }) {
  if (!origins.length) {
    return (
      <Alert tone="warning" title="No site is allowed yet">
        The snippet is refused everywhere until you list the origins of your site (for example https://app.example.com).
        {canEdit && (
          <>
            {" "}
            <Link href="#general" className="font-medium underline">
              Add allowed origins
            </Link>
          </>
        )}
      </Alert>
    );
  }
  return (
    <div className="space-y-2">
      <p className="text-[13px] text-zinc-600">Recording is allowed on:</p>
      <ul className="flex flex-wrap gap-1.5" aria-label="Allowed SDK origins" data-testid="allowed-origins">
        {origins.map((o) => (
          <li key={o} className="rounded-md border border-zinc-200 bg-zinc-50 px-2 py-0.5 font-mono text-xs text-zinc-700">
            {o}
          </li>
        ))}
      </ul>
      {canEdit && (
        <Link href="#general" className="inline-block text-[13px] font-medium text-indigo-700 hover:text-indigo-900 hover:underline">
          Change allowed origins
        </Link>
      )}
    </div>
  );
}
