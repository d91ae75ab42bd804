import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "UserTests", template: "%s · UserTests" },
  description: "Closed-loop user research: screeners, AI interviews, evidence, prioritized tasks and pull requests.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry this request's CSP nonce (proxy.ts),
  // which a page prerendered at build time could not.
  await headers();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans text-sm antialiased">{children}</body>
    </html>
  );
}
