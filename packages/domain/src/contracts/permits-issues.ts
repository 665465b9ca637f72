import { z } from 'zod';
import { PermitContent } from './permits-content';

/** A refusal naming the field: `path` like 'limitSets[0].limits[3].value'. */
export const PermitIssue = z.object({
  path: z.string(),
  message: z.string(),
  /** The rule that refused it, e.g. '403.8(f)(1)(iii)(B)(1)'; null for shape errors. */
  rule: z.string().nullable(),
});
export type PermitIssue = z.infer<typeof PermitIssue>;

/** 'limitSets[0].limits[3].value' from a zod path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Shape errors as issues; their text reads 'limitSets[0].limits[3].value: must be a decimal number'. */
export function permitIssuesFromZod(error: z.ZodError, prefix = ''): PermitIssue[] {
  return error.issues.map((issue) => {
    const path = formatIssuePath(issue.path);
    const full = prefix && path ? `${prefix}.${path}` : prefix || path;
    return { path: full, message: issue.message, rule: null };
  });
}

export function describeIssue(issue: PermitIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

export type ParsedContent = { ok: true; content: PermitContent } | { ok: false; issues: PermitIssue[] };

/** Parse permit content, reporting every shape error by field. */
export function parsePermitContent(input: unknown): ParsedContent {
  const parsed = PermitContent.safeParse(input);
  return parsed.success
    ? { ok: true, content: parsed.data }
    : { ok: false, issues: permitIssuesFromZod(parsed.error) };
}
