/**
 * Schema of data/lexicon/<lang>/boilerplate.json: the lines the `clean` stage sets aside as boilerplate
 * (share buttons, cookie notices, "Related posts" lists) or as bylines ("By Jane Doe, Reuters", "— VNS").
 */
import { z } from 'zod';

export const boilerplateScopeSchema = z.enum(['line', 'rest-of-document', 'trailing']);
export type BoilerplateScope = z.infer<typeof boilerplateScopeSchema>;

export const boilerplateRuleSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(\.[a-z0-9-]+)+$/,
      'rule ids are dotted lower-case paths such as "en.boilerplate.share"',
    ),
  /**
   * A JavaScript regular expression source, compiled with the "u" flag and (unless `caseSensitive`) the "i"
   * flag. For `line` and `rest-of-document` it must match the whole trimmed line (it is wrapped in
   * ^(?:...)$); for `trailing` it must match the end of the last body line, after a space (or the whole
   * line).
   */
  pattern: z.string().min(1),
  /**
   * `line`: that line only. `rest-of-document`: a heading; it and everything after it is set aside (only once
   * some body text came before it). `trailing`: a signature at the end of the last body line ("... in the
   * world. — VNS").
   */
  scope: boilerplateScopeSchema,
  kind: z.enum(['boilerplate', 'byline']),
  /** Match case as written (for patterns using \p{Lu} to require capitals). Default false. */
  caseSensitive: z.boolean().optional(),
  reason: z.string().min(1),
  /** A line the pattern must match; checked when the file is loaded. */
  example: z.string().min(1),
});
export type BoilerplateRule = z.infer<typeof boilerplateRuleSchema>;

export const boilerplateFileSchema = z
  .strictObject({
    notice: z.string().optional(),
    rules: z.array(boilerplateRuleSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [i, rule] of file.rules.entries()) {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate id ${rule.id}` });
      seen.add(rule.id);
    }
  });
export type BoilerplateFile = z.infer<typeof boilerplateFileSchema>;
