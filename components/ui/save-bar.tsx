// The footer of an edit form: what the last save did, Discard (back to the saved values) and Save.
import { Button } from "./button";
import { CardFooter } from "./card";

export function SaveBar({
  notice,
  dirty,
  pending,
  canSave = true,
  onDiscard,
}: {
  notice: string | null;
  dirty: boolean;
  pending: boolean;
  canSave?: boolean;
  onDiscard: () => void;
}) {
  return (
    <CardFooter>
      {notice && (
        <p role="status" className="mr-auto text-[13px] font-medium text-emerald-700">
          {notice}
        </p>
      )}
      <Button variant="secondary" disabled={!dirty || pending} onClick={onDiscard}>
        Discard
      </Button>
      <Button type="submit" pending={pending} disabled={!dirty || !canSave}>
        Save changes
      </Button>
    </CardFooter>
  );
}
