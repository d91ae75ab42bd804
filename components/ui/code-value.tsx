import { cx } from "./cx";
import { CopyButton } from "./copy-button";

/** A credential or link in monospace, selectable in one click, with a copy button. */
export function CodeValue({
  value,
  label,
  copyLabel,
  className,
}: {
  value: string;
  label: string;
  copyLabel?: string;
  className?: string;
}) {
  return (
    <div className={cx("flex items-center gap-2", className)}>
      <code
        aria-label={label}
        className="min-w-0 flex-1 truncate rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 font-mono text-[13px] text-zinc-800 select-all"
        title={value}
      >
        {value}
      </code>
      <CopyButton value={value} label={copyLabel} />
    </div>
  );
}
