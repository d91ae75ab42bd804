"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The signed-out fallback of a protected layout: sends the browser to /signin, coming back to the
 * current page afterwards. (Layouts do not know the URL on the server; pages redirect on the server
 * themselves, with their own path, which normally happens first.)
 */
export function RedirectToSignIn() {
  const pathname = usePathname();
  const router = useRouter();
  const target = `/signin?${new URLSearchParams({ callbackUrl: pathname })}`;
  useEffect(() => router.replace(target), [router, target]);
  return (
    <main className="grid min-h-screen place-items-center px-4 text-sm text-zinc-600">
      <p>
        You need to be signed in to see this page.{" "}
        <Link href={target} className="font-medium text-zinc-900 underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </main>
  );
}
