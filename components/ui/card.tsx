import type { ReactNode } from "react";
import { cx } from "./cx";

export function Card({ className, children, ...props }: { className?: string; children: ReactNode } & React.HTMLAttributes<HTMLElement>) {
  return (
    <section className={cx("rounded-lg border border-zinc-200 bg-white shadow-xs", className)} {...props}>
      {children}
    </section>
  );
}

export function CardHeader({
  title,
  description,
  actions,
  id,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  id?: string;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-5 py-4">
      <div className="min-w-0 space-y-0.5">
        <h2 id={id} className="text-[15px] font-semibold text-zinc-900">
          {title}
        </h2>
        {description && <p className="text-[13px] text-zinc-500">{description}</p>}
      </div>
      {actions && <div className="flex items-center gap-2">{actions}</div>}
    </div>
  );
}

export function CardBody({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cx("px-5 py-4", className)}>{children}</div>;
}

export function CardFooter({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className={cx("flex items-center justify-end gap-3 rounded-b-lg border-t border-zinc-100 bg-zinc-50/70 px-5 py-3", className)}>
      {children}
    </div>
  );
}
