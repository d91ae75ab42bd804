"use client";
// Keeps a server-rendered page current while background work runs: while `active` (the session page
// while its processing is queued or running), the route is re-rendered every few seconds, so the
// researcher sees the transcript, signals, tasks and summary arrive without reloading.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function LiveRefresh({ active, everyMs = 2500 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
