import { z } from 'zod';

/** Where a skill belongs; `soft` skills are reported but never counted as gaps by default. */
export const CATEGORIES = {
  lang: 'Programming and query languages',
  web: 'Frameworks and libraries',
  db: 'Databases',
  cloud: 'Cloud platforms and services',
  devops: 'DevOps and infrastructure',
  security: 'Security',
  data: 'Data and analytics',
  ml: 'Machine learning and AI',
  mobile: 'Mobile',
  testing: 'Testing and quality',
  concept: 'Protocols, standards and methods',
  design: 'Design',
  pm: 'Product and project management',
  marketing: 'Marketing',
  sales: 'Sales and customer success',
  finance: 'Finance and accounting',
  hr: 'Human resources',
  health: 'Healthcare',
  ops: 'Operations and supply chain',
  office: 'Office and business software',
  legal: 'Legal and compliance',
  eng: 'Engineering, manufacturing and trades',
  construction: 'Construction and building trades',
  transport: 'Transport and logistics',
  education: 'Education and training',
  hospitality: 'Hospitality, food and personal care',
  social: 'Social care and public service',
  agri: 'Agriculture, animals and environment',
  arts: 'Arts, media and culture',
  science: 'Science and laboratory',
  cert: 'Certifications',
  human: 'Human languages',
  soft: 'Soft skills',
} as const;

export type Category = keyof typeof CATEGORIES;
export const categoryIds = Object.keys(CATEGORIES) as [Category, ...Category[]];

/** How much effort learning a skill takes, roughly: days, weeks or months. */
export const effortSchema = z.enum(['d', 'w', 'm']);
export type Effort = z.infer<typeof effortSchema>;

/**
 * How a word that has other meanings is gated.
 * - `cased`: only matches written as in the taxonomy (name or alias), e.g. "SAS" but not "sas".
 * - `context`: cased and needs technical context around it (see lib/skills/ambiguity.ts), e.g. Go, R, React.
 */
export const ambiguitySchema = z.enum(['cased', 'context']);
export type Ambiguity = z.infer<typeof ambiguitySchema>;

export const skillIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a skill id is lowercase words joined by hyphens');

/** One canonical skill of the taxonomy. */
export const skillSchema = z.object({
  /** Stable id, never reused: profiles and saved postings refer to it. */
  id: skillIdSchema,
  /** Display name, also matched in text. */
  name: z.string().min(1),
  /** Other spellings matched in text: abbreviations, variants, versions. */
  aliases: z.array(z.string().min(1)),
  category: z.enum(categoryIds),
  /** Broader skills this one implies ("PostgreSQL" is an "SQL" database). */
  parents: z.array(skillIdSchema),
  /** Skills that are close to this one, for suggestions. */
  related: z.array(skillIdSchema),
  ambiguity: ambiguitySchema.optional(),
  effort: effortSchema.optional(),
  /** Offered by search (the popup's autocomplete) but never matched in text: its name is made of everyday words. */
  searchOnly: z.literal(true).optional(),
});
export type Skill = z.infer<typeof skillSchema>;

export const taxonomySchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  skills: z.array(skillSchema).min(1),
});
export type TaxonomyData = z.infer<typeof taxonomySchema>;
