import { z } from 'zod';
import {
  ConfigError,
  bandFor as auditBandFor,
  DEFAULT_RUBRIC as AUDIT_DEFAULT_RUBRIC,
  CATEGORY_IDS,
  type Band,
} from '@druk/audit';

/**
 * How a competition is scored. Stored as JSON with the competition, so a finished competition can always be
 * re-scored exactly as it was. Defaults follow the 2014-2016 DITT competitions: six categories of equal weight
 * (the real weights were never published), people judge aesthetics and usefulness of content, and sites with
 * inconsistent uptime are eliminated.
 */
const criterionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'criterion ids are lower-case words joined by hyphens'),
  category: z.enum(CATEGORY_IDS),
  /** Shown to evaluators, in English and Dzongkha. */
  label: z.object({ en: z.string().min(1), dz: z.string().min(1) }),
  /** Scores run from 0 to `max` (whole or half points). */
  max: z.number().positive(),
});

const categorySchema = z.object({
  id: z.enum(CATEGORY_IDS),
  weight: z.number().nonnegative(),
});

export const rubricSchema = z
  .object({
    categories: z.array(categorySchema).min(1),
    manualCriteria: z.array(criterionSchema).default([]),
    /** Share (0-1) of a category's score that comes from its manual criteria, when it has any. */
    manualShare: z.number().min(0).max(1).default(0.5),
    /** The category that uptime feeds, and the share (0-1) of that category's score it makes up. */
    uptimeCategory: z.enum(CATEGORY_IDS).default('usability-reliability'),
    uptimeShare: z.number().min(0).max(1).default(0.3),
    /** Sites whose measured uptime (0-1) is below this are flagged for elimination. */
    eliminationUptime: z.number().min(0).max(1).default(0.95),
    /** The lowest total (0-100) of each band, as in the audit rubric; below `fair` is `poor`. */
    bands: z
      .object({
        excellent: z.number().min(0).max(100),
        'very-good': z.number().min(0).max(100),
        good: z.number().min(0).max(100),
        fair: z.number().min(0).max(100),
      })
      .default({ excellent: 90, 'very-good': 75, good: 60, fair: 40 }),
    /** A manual score further than this many points (on a 0-100 scale) from the median of the others is set aside. */
    outlierDistance: z.number().positive().default(25),
  })
  .superRefine((rubric, context) => {
    const ids: string[] = rubric.categories.map((category) => category.id);
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice)
      context.addIssue({ code: 'custom', path: ['categories'], message: `category "${twice}" is listed twice` });
    if (rubric.categories.every((category) => category.weight === 0)) {
      context.addIssue({
        code: 'custom',
        path: ['categories'],
        message: 'at least one category needs a weight above 0',
      });
    }
    const criterionIds = rubric.manualCriteria.map((criterion) => criterion.id);
    const repeated = criterionIds.find((id, index) => criterionIds.indexOf(id) !== index);
    const bands = Object.values(rubric.bands);
    if (bands.some((min, index) => index > 0 && min >= bands[index - 1]!)) {
      context.addIssue({
        code: 'custom',
        path: ['bands'],
        message: 'must descend: excellent > very-good > good > fair',
      });
    }
    if (repeated) {
      context.addIssue({
        code: 'custom',
        path: ['manualCriteria'],
        message: `criterion id "${repeated}" is used twice`,
      });
    }
  });

export type Rubric = z.infer<typeof rubricSchema>;
export type ManualCriterion = Rubric['manualCriteria'][number];

export const DEFAULT_RUBRIC: Rubric = rubricSchema.parse({
  categories: CATEGORY_IDS.map((id) => ({ id, weight: 1 })),
  // Dzongkha labels await review by a Dzongkha editor, like every `review: true` string of the catalogue.
  manualCriteria: [
    {
      id: 'aesthetics',
      category: 'content-aesthetic',
      label: { en: 'Visual design and aesthetics', dz: 'མཐོང་སྣང་ བཀོད་རིས་དང་ མཛེས་ཆ།' },
      max: 10,
    },
    {
      id: 'content-usefulness',
      category: 'content-aesthetic',
      label: { en: 'Usefulness of the content', dz: 'ནང་དོན་གྱི་ཕན་ཐོགས།' },
      max: 10,
    },
    {
      id: 'services-clarity',
      category: 'services-information',
      label: { en: 'Clarity of service information', dz: 'ཞབས་ཏོག་བརྡ་དོན་གྱི་གསལ་ཚད།' },
      max: 10,
    },
  ],
});

/** Parses a competition rubric from JSON text; a ConfigError names every problem with its path. */
export function parseRubric(json: string, source = 'rubric'): Rubric {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = rubricSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new ConfigError(`${source} is not a valid competition rubric:\n${problems.join('\n')}`);
  }
  // A category left out would weigh 0 without anyone having said so. Checked here, for new rubric files, and
  // not in the schema, so that competitions stored with a shorter list still open.
  const listed = new Set<string>(parsed.data.categories.map((category) => category.id));
  const missing = CATEGORY_IDS.filter((id) => !listed.has(id));
  if (missing.length) {
    throw new ConfigError(
      `${source} is not a valid competition rubric:\n  categories: ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no weight; list every category, with "weight": 0 for one that should not count`,
    );
  }
  return parsed.data;
}

/** The band a total score (0-100) falls in: the audit's banding, with the competition's thresholds. */
export function bandFor(rubric: Rubric, total: number): Band {
  return auditBandFor(total, { ...AUDIT_DEFAULT_RUBRIC, bands: rubric.bands });
}
