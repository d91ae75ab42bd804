import { cx } from "@/components/ui/cx";

/** The UserTests mark (a closed loop) and wordmark. */
export function Logo({
  className,
  showWordmark = true,
  wordmarkClassName,
}: {
  className?: string;
  showWordmark?: boolean;
  wordmarkClassName?: string;
}) {
  return (
    <span className={cx("inline-flex items-center gap-2 text-zinc-900", className)}>
      <svg viewBox="0 0 24 24" className="size-6" aria-hidden="true">
        <rect width="24" height="24" rx="6" className="fill-zinc-900" />
        <path d="M7.5 8.5v4a4.5 4.5 0 0 0 9 0v-4" fill="none" stroke="white" strokeWidth="2" strokeLinecap="round" />
        <circle cx="16.5" cy="8.5" r="1.6" className="fill-indigo-400" />
      </svg>
      {showWordmark && <span className={cx("text-[15px] font-semibold tracking-tight", wordmarkClassName)}>UserTests</span>}
    </span>
  );
}
