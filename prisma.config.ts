// Prisma CLI configuration. `prisma generate` needs no database; the migration commands of the
// native CLI (on machines where its engine can be downloaded) read the URL from here.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/usertests" },
});
