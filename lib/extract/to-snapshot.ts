import type { PostingSnapshot } from '@/lib/model/posting';
import type { SeenReport } from '@/lib/model/seen-posting';
import type { SkillMention } from '@/lib/model/mention';
import type { PostingRead } from './types';

const TEXT_CAP = 100_000;

/** The snapshot of a posting the watchlist keeps, since postings disappear from their sites. */
export function toSnapshot(posting: PostingRead, mentions: readonly SkillMention[]): PostingSnapshot {
  return {
    key: posting.key,
    url: posting.url,
    site: posting.site,
    title: posting.title.slice(0, 500),
    company: posting.company.slice(0, 300),
    location: posting.location.slice(0, 300),
    text: posting.text.slice(0, TEXT_CAP),
    skills: mentions.slice(0, 500).map(({ id, name, category, requirement, evidence, years, group, soft, incidental }) => ({
      id, name, category, requirement, evidence,
      ...(years !== undefined ? { years } : {}),
      ...(group !== undefined ? { group } : {}),
      ...(soft ? { soft } : {}),
      ...(incidental ? { incidental } : {}),
    })),
  };
}

/** What the content script reports when the person views a posting: the snapshot without its text. */
export function toSeenReport(posting: PostingRead, mentions: readonly SkillMention[]): SeenReport {
  const { text: _text, ...rest } = toSnapshot({ ...posting, text: '' }, mentions);
  return rest;
}
