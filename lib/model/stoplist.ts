import { z } from 'zod';

/**
 * Words the person said are not skills on a site ("Not a skill here"): site → folded words. A word is
 * the text as it stood in the posting, so "Go" can be silenced on one board without losing "Golang".
 */
export const stoplistSchema = z.record(z.string().max(200), z.array(z.string().max(100)).max(1000));
export type Stoplist = z.infer<typeof stoplistSchema>;
