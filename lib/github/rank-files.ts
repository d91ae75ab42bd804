// Retrieval of repository context for a spec, without embeddings: each file path in the repository
// tree is scored by how many of the task's content words (title, description, evidence topics and
// quotes; stemmed like task matching) appear among the path's words (directories, file name,
// camelCase and kebab-case parts). Title and topic words weigh more than quote words; source files
// beat docs; generated, vendored, binary and lock files are never chosen. Pure and deterministic.
import { contentWords } from "@/lib/tasks/match-signals";

const EXCLUDED =
  /(^|\/)(node_modules|vendor|dist|build|out|coverage|\.next|\.git|generated|__snapshots__)\/|\.(png|jpe?g|gif|svg|ico|webp|woff2?|ttf|eot|mp[34]|webm|zip|gz|pdf|lock|min\.js|map)$|(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/i;
const SOURCE = /\.(tsx?|jsx?|mjs|cjs|py|rb|go|rs|java|kt|swift|php|cs|vue|svelte|css|scss|sql|prisma)$/i;

export interface RankTerms {
  /** title and evidence topics: strong hints */
  primary: string[];
  /** description and quotes: weaker hints */
  secondary: string[];
}

export function pathWords(path: string): Set<string> {
  // split camelCase and digits before the shared normaliser lower-cases everything
  return contentWords(path.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[/_.-]+/g, " "));
}

export interface RankedFile {
  path: string;
  score: number;
  matched: string[];
}

export function rankFiles(paths: string[], terms: RankTerms, limit = 6): RankedFile[] {
  const primary = contentWords(terms.primary.join(" "));
  const secondary = contentWords(terms.secondary.join(" "));
  const ranked: RankedFile[] = [];
  for (const path of paths) {
    if (EXCLUDED.test(path)) continue;
    const words = pathWords(path);
    const matched: string[] = [];
    let score = 0;
    for (const w of words) {
      if (primary.has(w)) {
        score += 3;
        matched.push(w);
      } else if (secondary.has(w)) {
        score += 1;
        matched.push(w);
      }
    }
    if (score === 0) continue;
    if (SOURCE.test(path)) score += 0.5;
    // a test next to the code is useful, but the code itself first
    if (/\.(test|spec)\./.test(path)) score -= 0.25;
    ranked.push({ path, score, matched });
  }
  return ranked.sort((a, b) => b.score - a.score || a.path.length - b.path.length || a.path.localeCompare(b.path)).slice(0, limit);
}
