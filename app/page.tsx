import { redirect } from "next/navigation";
import { getSignedInUser } from "@/lib/access/current-user";

export default async function Home() {
  redirect((await getSignedInUser()) ? "/projects" : "/signin");
}
