/**
 * Judges electronegativity's findings against the allow-list: each accepted finding names its check,
 * the file it appears in and why it is acceptable. Pure, so the rule itself is tested.
 */
import { z } from 'zod';

export const allowlistSchema = z.strictObject({
  /** Checks not run at all, by class name, each with the reason (e.g. it needs the network). */
  skippedChecks: z.record(z.string().regex(/^[A-Za-z]+Check$/), z.string().min(20)),
  /** Findings accepted: check id, repo-relative file ("N/A" for app-wide findings), and why. */
  accepted: z.array(z.strictObject({
    check: z.string().regex(/^[A-Z_]+$/),
    file: z.string().min(1),
    reason: z.string().min(20),
  })),
});
export type Allowlist = z.infer<typeof allowlistSchema>;

/** A finding as the judge needs it. */
export interface Finding { id: string; file: string; line: number; column: number; description: string }

export interface Verdict {
  /** Findings nobody has justified: the scan fails if there is any. */
  unexplained: Finding[];
  accepted: { finding: Finding; reason: string }[];
  /** Allow-list entries that matched nothing: stale, to be removed. */
  unused: Allowlist['accepted'];
}

const normalize = (file: string) => file.replaceAll('\\', '/').replace(/^\.\//, '');

export function judgeFindings(findings: readonly Finding[], allowlist: Allowlist): Verdict {
  const verdict: Verdict = { unexplained: [], accepted: [], unused: [] };
  const used = new Set<Allowlist['accepted'][number]>();
  for (const finding of findings) {
    const entry = allowlist.accepted.find((e) => e.check === finding.id && normalize(e.file) === normalize(finding.file));
    if (entry) {
      verdict.accepted.push({ finding, reason: entry.reason });
      used.add(entry);
    } else {
      verdict.unexplained.push(finding);
    }
  }
  verdict.unused = allowlist.accepted.filter((entry) => !used.has(entry));
  return verdict;
}
