import type { ComponentProps } from "react";
import { cx } from "./cx";
import { ScrollX } from "./scroll-x";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <ScrollX label={props["aria-label"]}>
      <table className={cx("w-full text-left text-[13px]", className)} {...props} />
    </ScrollX>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cx("border-b border-zinc-200 px-5 py-2.5 text-xs font-medium text-zinc-500", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("border-b border-zinc-100 px-5 py-3 align-middle text-zinc-700", className)} {...props} />;
}
