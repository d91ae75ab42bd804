import Link from "next/link";
import { RedirectToSignIn } from "@/components/auth/redirect-to-sign-in";
import { Logo } from "@/components/brand/logo";
import { NavLink } from "@/components/layout/nav-link";
import { Button } from "@/components/ui/button";
import { getSignedInUser } from "@/lib/access/current-user";
import { signOut } from "@/lib/auth";

// Route protection for every signed-in page. Each page also calls requireSignedInUser(itsPath):
// a layout is not re-rendered on client-side navigation, so it cannot be the only guard, and only
// the page knows its URL, which /signin returns to. When the page's server redirect has not already
// answered the request, the signed-out layout renders no children and redirects from the browser.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const principal = await getSignedInUser();
  if (!principal) return <RedirectToSignIn />;
  const { user } = principal;

  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/signin" });
  }

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4 sm:gap-6 sm:px-6">
          <Link
            href="/projects"
            className="rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600"
            aria-label="UserTests, all projects"
          >
            {/* the link is named by its label; the narrowest phones show the mark only, so the header never wraps */}
            <Logo wordmarkClassName="max-[359px]:hidden" />
          </Link>
          <nav aria-label="Main" className="flex items-center gap-1">
            <NavLink href="/projects">Projects</NavLink>
            <NavLink href="/account/tokens">API tokens</NavLink>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <span
              className="hidden max-w-[16rem] truncate text-[13px] text-zinc-600 sm:inline"
              data-testid="current-user-email"
              title={user.email ?? undefined}
            >
              {user.email ?? user.name}
            </span>
            <form action={signOutAction}>
              <Button type="submit" variant="secondary" size="sm">
                Sign out
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
