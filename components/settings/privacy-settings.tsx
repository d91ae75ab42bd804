// Settings → Privacy (owners and admins): erase a participant with a receipt, look up past erasures,
// and export a participant's data or the whole project. The lists load in the browser when the page
// passes none, and follow running jobs by polling the API.
import { PrivacyErasure } from "./privacy-erasure";
import { PrivacyExport } from "./privacy-export";
import type { ErasureView, ExportView } from "./privacy-shared";

export function PrivacySettings({
  projectId,
  erasures = null,
  exports = null,
}: {
  projectId: string;
  erasures?: ErasureView[] | null;
  exports?: ExportView[] | null;
}) {
  return (
    <>
      <PrivacyErasure projectId={projectId} initial={erasures} />
      <PrivacyExport projectId={projectId} initial={exports} />
    </>
  );
}
