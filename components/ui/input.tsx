import type { ComponentProps } from "react";
import { cx } from "./cx";

const control =
  "block w-full rounded-md border bg-white px-3 text-sm text-zinc-900 shadow-xs transition-colors placeholder:text-zinc-500 " +
  "focus:outline-2 focus:-outline-offset-1 focus:outline-indigo-600 " +
  "disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500 read-only:bg-zinc-50";

const border = (invalid: unknown) => (invalid && invalid !== "false" ? "border-red-400 focus:outline-red-500" : "border-zinc-300");

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cx(control, "h-9", border(props["aria-invalid"]), className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cx(control, "py-2 leading-relaxed", border(props["aria-invalid"]), className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cx(control, "h-9 pr-8", border(props["aria-invalid"]), className)} {...props} />;
}
