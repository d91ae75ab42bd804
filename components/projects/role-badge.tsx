import type { Role } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tone: Record<Role, BadgeTone> = { owner: "indigo", admin: "green", member: "neutral", viewer: "amber" };

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge tone={tone[role]} className="capitalize">
      {role}
    </Badge>
  );
}
