import { BoardSkeleton } from "@/components/tasks/board-skeleton";

export default function Loading() {
  return <BoardSkeleton />;
}
