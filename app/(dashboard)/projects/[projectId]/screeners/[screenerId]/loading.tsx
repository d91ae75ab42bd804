import { ScreenersSkeleton } from "@/components/screeners/screeners-skeleton";

export default function Loading() {
  return <ScreenersSkeleton label="Loading the screener" />;
}
