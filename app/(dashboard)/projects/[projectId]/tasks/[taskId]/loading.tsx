import { TaskSkeleton } from "@/components/tasks/board-skeleton";

export default function Loading() {
  return <TaskSkeleton />;
}
