// GET /api/v1/me — who the caller is (user, or the project of a secret key).
import { getCaller } from "@/lib/access/get-caller";
import { route } from "@/lib/http";

export const GET = route({ auth: "principal" }, ({ principal }) => getCaller({ principal }));
