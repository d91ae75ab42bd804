// Headers of every answer about a share link (its page, its clips, its "gone" page): the token is
// in the URL, so the browser must not send it on as a Referer when someone follows a link away,
// and search engines must neither index nor follow it. Pure.
export const SHARE_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
] as const;

export function isSharePagePath(pathname: string): boolean {
  return /^\/share\/[^/]+\/?$/.test(pathname);
}
