"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** A navigation link that marks itself current. `exact` matches only its own path, not sub-pages. */
export function NavLink({
  href,
  exact = false,
  variant = "header",
  children,
}: {
  href: string;
  exact?: boolean;
  variant?: "header" | "tab";
  children: ReactNode;
}) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(href + "/");
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cx(
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
        variant === "header"
          ? cx(
              "rounded-md px-2.5 py-1.5 text-[13px] font-medium whitespace-nowrap transition-colors",
              active ? "bg-zinc-100 text-zinc-900" : "text-zinc-600 hover:text-zinc-900",
            )
          : cx(
              "shrink-0 border-b-2 px-1 pt-1 pb-2.5 text-[13px] font-medium whitespace-nowrap transition-colors",
              active ? "border-zinc-900 text-zinc-900" : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
            ),
      )}
    >
      {children}
    </Link>
  );
}
