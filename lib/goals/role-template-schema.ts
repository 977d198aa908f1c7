import { z } from 'zod';
import { skillIdSchema } from '@/lib/model/skill';

/** How often postings for a role ask for one skill. */
export const roleSkillSchema = z.object({
  /** Taxonomy id. */
  id: skillIdSchema,
  /** Share of the role's postings that ask for it, 0..1. */
  frequency: z.number().min(0).max(1),
  /** Of the postings that ask for it, the share that require it (rather than prefer or mention it), 0..1. */
  requiredShare: z.number().min(0).max(1),
});
export type RoleSkill = z.infer<typeof roleSkillSchema>;

/** What a role usually asks for: the fallback when the person has seen few postings for it. */
export const roleTemplateSchema = z.object({
  roleId: z.string().min(1),
  /** `corpus`: measured over real postings (scripts/build-role-templates.ts); `hand`: set by hand, an estimate. */
  source: z.enum(['corpus', 'hand']),
  /** Postings measured (0 for hand-set templates). */
  postings: z.number().int().nonnegative(),
  skills: z.array(roleSkillSchema).min(1).refine((s) => new Set(s.map((x) => x.id)).size === s.length, {
    message: 'a skill is listed twice in a role template',
  }),
});
export type RoleTemplate = z.infer<typeof roleTemplateSchema>;
