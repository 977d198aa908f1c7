import { ROLES } from './roles';

/** A role a title names, with how sure the normaliser is (0..1). */
export interface TitleMatch {
  roleId: string;
  confidence: number;
}

/** A job title reduced to the role it names. */
export interface NormalizedTitle {
  /** The title's main words, lowercase, without seniority, location or contract terms, synonyms mapped: "data engineer". */
  key: string;
  /** The best role, or null when no role of the list fits (or the title is a manager of a field, "Director, Data Science"). */
  roleId: string | null;
  confidence: number;
  /** Every role the title names, best first ("Data Scientist/ML Engineer" names two). */
  candidates: readonly TitleMatch[];
}

/** Characters of a title that are read: real titles are far shorter. */
const MAX_TITLE_LENGTH = 300;

/** Confidence at or above which a title counts as naming a role. */
export const TITLE_MATCH_THRESHOLD = 0.4;

/**
 * Spelling variants and synonyms, mapped before matching (whole words, longest first). The targets are the
 * words role title phrases are written in: "engineer" for every developer/programmer title, short forms
 * for fields ("ml", "bi", "ux", "hr", "qa").
 */
const SYNONYMS: [string, string][] = [
  ['software development engineer in test', 'qa engineer'],
  ['software design engineer in test', 'qa engineer'],
  ['software engineer in test', 'qa engineer'],
  ['software development engineer', 'software engineer'],
  ['quality assurance', 'qa'],
  ['front end', 'frontend'],
  ['back end', 'backend'],
  ['full stack', 'fullstack'],
  ['dev ops', 'devops'],
  ['dev sec ops', 'devsecops'],
  ['e commerce', 'ecommerce'],
  ['e learning', 'elearning'],
  ['pre sales', 'presales'],
  ['post gres', 'postgres'],
  ['machine learning', 'ml'],
  ['artificial intelligence', 'ai'],
  ['generative ai', 'genai'],
  ['gen ai', 'genai'],
  ['business intelligence', 'bi'],
  ['user experience', 'ux'],
  ['user interface', 'ui'],
  ['human resources', 'hr'],
  ['information technology', 'it'],
  ['search engine optimization', 'seo'],
  ['search engine optimisation', 'seo'],
  ['search engine marketing', 'sem'],
  ['natural language processing', 'nlp'],
  ['pay per click', 'ppc'],
  ['react native', 'reactnative'],
  ['react js', 'react'],
  ['reactjs', 'react'],
  ['vue js', 'vue'],
  ['vuejs', 'vue'],
  ['node js', 'nodejs'],
  ['node', 'nodejs'],
  ['help desk', 'helpdesk'],
  ['tech writer', 'technical writer'],
  ['med tech', 'medical technologist'],
  ['lab tech', 'laboratory technician'],
  ['admin assistant', 'administrative assistant'],
  ['administrative asst', 'administrative assistant'],
  ['post doc', 'postdoc'],
  ['postdoctoral fellow', 'postdoc'],
  ['site reliability engineering', 'site reliability engineer'],
  ['sre', 'site reliability engineer'],
  ['swe', 'software engineer'],
  ['sde', 'software engineer'],
  ['sdet', 'qa engineer'],
  ['sw', 'software'],
  ['developer', 'engineer'],
  ['programmer', 'engineer'],
  ['dev', 'engineer'],
  ['eng', 'engineer'],
  ['engr', 'engineer'],
  ['mgr', 'manager'],
  ['mngr', 'manager'],
  ['exec', 'executive'],
  ['rep', 'representative'],
  ['asst', 'assistant'],
  ['admin', 'administrator'],
  ['coord', 'coordinator'],
  ['spec', 'specialist'],
  ['sr', 'senior'],
  ['snr', 'senior'],
  ['jr', 'junior'],
  ['assoc', 'associate'],
  ['acct', 'account'],
  ['mktg', 'marketing'],
  ['lab', 'laboratory'],
  ['med', 'medical'],
  ['svcs', 'services'],
  ['ops', 'operations'],
  ['pmm', 'product marketing manager'],
  ['pm', 'product manager'],
  ['rn', 'registered nurse'],
  ['lpn', 'licensed practical nurse'],
  ['mls', 'medical laboratory scientist'],
  ['mlt', 'medical laboratory technician'],
  ['csm', 'customer success manager'],
  ['sdr', 'sales development representative'],
  ['bdr', 'business development representative'],
  ['csr', 'customer service representative'],
  ['k8s', 'kubernetes'],
];

/** Plural role nouns, so "Data Scientists" reads as "data scientist". */
const SINGULAR: Record<string, string> = Object.fromEntries(
  'engineers developers programmers scientists analysts designers managers nurses representatives recruiters specialists consultants writers researchers assistants accountants architects coordinators technicians technologists administrators executives associates interns paralegals auditors attorneys lawyers marketers modelers statisticians biologists chemists testers bookkeepers buyers agents'
    .split(' ')
    .map((w) => [w, w.slice(0, -1)]),
);

/**
 * Words that say nothing about the role: seniority and levels, contract and place of work, hiring phrases,
 * months and numbers. They are skipped when finding a title's head word and left out of its key.
 */
const SKIPPABLE = new Set(
  (
    'senior junior lead principal staff head chief associate managing intern internship trainee apprentice entry level mid ' +
    'experienced expert i ii iii iv v vi vii w2 c2c 1099 contract contractor hire remote hybrid onsite local locals only temporary temp ' +
    'full part time fulltime parttime ft pt night nights day days weekend weekends per diem prn new grad graduate graduates undergrad ' +
    'college early career hiring urgent urgently immediate opportunity opportunities position positions job role based ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

/** Nouns that make a title about managing people or a function: "Director, Data Science" is not a data scientist. */
const MANAGEMENT = new Set(['manager', 'director', 'vp', 'president', 'officer', 'supervisor']);

/** Nouns that name a job; a segment with one is a title of its own, not a field qualifying another segment. */
const ROLE_NOUNS = new Set([
  ...MANAGEMENT,
  ...'engineer scientist analyst designer architect specialist consultant coordinator representative executive administrator assistant technician technologist nurse writer recruiter accountant auditor modeler statistician tester bookkeeper buyer agent counsel attorney lawyer paralegal marketer strategist researcher'.split(' '),
]);

/** Words before "Engineer"/"Developer" that tell which kind of developer ("Python AWS microservices Developer"). */
const TECH_KINDS: Record<string, string> = {
  ...Object.fromEntries('python java golang go nodejs django flask fastapi ruby rails php laravel dotnet csharp scala spring microservices api apis backend server aws azure gcp elixir rust cpp perl'.split(' ').map((w) => [w, 'backend-developer'])),
  ...Object.fromEntries('frontend javascript js typescript react angular vue ui css html'.split(' ').map((w) => [w, 'frontend-developer'])),
  ...Object.fromEntries('ios android swift kotlin flutter reactnative mobile'.split(' ').map((w) => [w, 'mobile-developer'])),
  ...Object.fromEntries('spark hadoop etl databricks snowflake kafka airflow bigdata'.split(' ').map((w) => [w, 'data-engineer'])),
  ...Object.fromEntries('ai ml genai llm nlp'.split(' ').map((w) => [w, 'machine-learning-engineer'])),
};

/** Fields that make a scientist title an ML one ("Research Scientist - Computer Vision"). */
const ML_FIELDS = ['ml', 'ai', 'genai', 'deep learning', 'computer vision', 'nlp', 'data science'];

interface Pattern {
  roleId: string;
  tokens: string[];
  weight: number;
}

const SYNONYM_LIST = [...SYNONYMS].sort((a, b) => b[0].length - a[0].length);

// "developers" becomes "developer", which the synonym pass has already turned into "engineer" elsewhere.
const SINGULAR_TARGET: Record<string, string> = { developer: 'engineer', programmer: 'engineer' };

/** Lowercase words of a piece of title text, with variants, synonyms and plurals mapped. */
function titleTokens(text: string): string[] {
  let s = text
    .slice(0, MAX_TITLE_LENGTH)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/c\+\+/g, ' cpp ')
    .replace(/c#/g, ' csharp ')
    .replace(/\.net\b/g, ' dotnet ')
    .replace(/\b([a-z]+)&([a-z]+)\b/g, '$1$2') // R&D, FP&A
    .replace(/([a-z])\.([a-z])/g, '$1$2') // Node.js
    .replace(/[^a-z0-9+#]+/g, ' ');
  s = ` ${s.trim()} `;
  for (const [from, to] of SYNONYM_LIST) {
    if (s.includes(` ${from} `)) s = s.split(` ${from} `).join(` ${to} `);
  }
  return s
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const one = SINGULAR[w] ?? w;
      return SINGULAR_TARGET[one] ?? one;
    });
}

const PATTERNS: Pattern[] = ROLES.flatMap((role) =>
  role.titles.map((phrase) => {
    // split always yields at least one part, so the default never applies.
    const [words = '', weight] = phrase.split('~');
    return { roleId: role.id, tokens: titleTokens(words), weight: weight ? Number(weight) : 1 };
  }),
);

interface Hit {
  roleId: string;
  start: number;
  end: number;
  weight: number;
}

/** Patterns by their first word, so a title is compared only with patterns that can start at each word. */
const PATTERNS_BY_FIRST = new Map<string, Pattern[]>();
for (const p of PATTERNS) {
  // A phrase with no words (only punctuation) could never match a title.
  const first = p.tokens[0];
  if (first !== undefined) PATTERNS_BY_FIRST.set(first, [...(PATTERNS_BY_FIRST.get(first) ?? []), p]);
}

function findHits(tokens: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const [i, first] of tokens.entries()) {
    for (const p of PATTERNS_BY_FIRST.get(first) ?? []) {
      const n = p.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) ok = tokens[i + j] === p.tokens[j];
      if (ok) hits.push({ roleId: p.roleId, start: i, end: i + n, weight: p.weight });
    }
  }
  return hits;
}

const meaningful = (tokens: readonly string[]) => tokens.filter((t) => !SKIPPABLE.has(t) && !/^\d+$/.test(t));
const isSkippable = (t: string) => SKIPPABLE.has(t) || /^\d+$/.test(t);

/** What one piece of a title (between separators) says. */
interface PieceResult {
  /** Role named by the piece's head word (its last meaningful word). */
  head?: TitleMatch;
  /** Roles named elsewhere in the piece ("Data Scientist Oncology"), weaker. */
  loose: TitleMatch[];
  /** The piece is about managing a function and names no role at its head. */
  managerial: boolean;
  /** The piece names a role or has a job noun (so it is a title of its own). */
  hasRoleNoun: boolean;
  /** The piece has a job noun word ("engineer", "analyst"), whether or not it names a role. */
  nounWord: boolean;
  tokens: string[];
}

function readPiece(tokens: string[]): PieceResult {
  const hits = findHits(tokens);
  const words = meaningful(tokens);
  const nounWord = words.some((w) => ROLE_NOUNS.has(w));
  const hasRoleNoun = nounWord || hits.length > 0;
  // The head is the last meaningful word: English titles put the job noun last.
  const headEnd = tokens.findLastIndex((t) => !isSkippable(t)) + 1;
  const atHead = hits.filter((h) => h.end === headEnd);
  // Loose hits inside a longer hit ("scientist" in "data scientist") say nothing more.
  const loose = hits.filter((h) => h.end !== headEnd && !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  const covered = new Set<number>();
  for (const h of hits) for (let i = h.start; i < h.end; i++) covered.add(i);
  // "Director Data Science", "Data Scientist Manager": a management word no role phrase accounts for.
  const managerial = tokens.some((t, i) => MANAGEMENT.has(t) && !covered.has(i));
  let head: TitleMatch | undefined;
  if (managerial) {
    // no role: the title manages a function
  } else if (atHead.length) {
    const best = atHead.reduce((a, b) => (b.end - b.start > a.end - a.start || (b.end - b.start === a.end - a.start && b.weight > a.weight) ? b : a));
    const exact = tokens.every((t, i) => (i >= best.start && i < best.end) || isSkippable(t));
    head = { roleId: best.roleId, confidence: (exact ? 1 : 0.9) * best.weight };
  } else if (headEnd > 0 && tokens[headEnd - 1] === 'engineer') {
    head = techKind(tokens.slice(0, headEnd - 1));
  }
  return {
    head,
    loose: head || managerial ? [] : loose.map((h) => ({ roleId: h.roleId, confidence: 0.6 * h.weight })),
    managerial,
    hasRoleNoun,
    nounWord,
    tokens,
  };
}

/** "Python AWS microservices Engineer" → backend; front-end and back-end words together → full stack. */
function techKind(modifiers: string[]): TitleMatch | undefined {
  const kinds = new Set(modifiers.map((w) => TECH_KINDS[w]).filter(Boolean));
  if (!kinds.size) return undefined;
  const pick = (roleId: string): TitleMatch => ({ roleId, confidence: 0.75 });
  if (kinds.has('data-engineer')) return pick('data-engineer');
  if (kinds.has('mobile-developer')) return pick('mobile-developer');
  if (kinds.has('frontend-developer') && kinds.has('backend-developer')) return pick('full-stack-developer');
  if (kinds.has('frontend-developer')) return pick('frontend-developer');
  if (kinds.has('backend-developer')) return pick('backend-developer');
  return pick('machine-learning-engineer');
}

/** Splits a title into segments (" - ", ",", ":", "|", " at ", " with "…) and each into alternatives ("/", "&", "and"). */
function splitTitle(title: string): { segments: string[][]; extras: string[] } {
  const extras: string[] = [];
  // Titles are short; a page could hand over anything, so the expressions below only ever see a bounded,
  // whitespace-collapsed string (no long runs for a backtracking engine to choke on).
  let t = title
    .slice(0, MAX_TITLE_LENGTH)
    .replace(/\s+/g, ' ')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\(([^)]*)\)?/g, (_, inner: string) => {
      extras.push(inner);
      return ' ';
    })
    .replace(/\[([^\]]*)\]?/g, (_, inner: string) => {
      extras.push(inner);
      return ' ';
    });
  // "Manager of Data Science" reads as "Data Science Manager"; "Head of X" leads X, as a director does.
  t = t.replace(/\b(manager|director|head|vp|vice president)\s+of\s+([^,\-|:;]+)/gi, (_, noun: string, field: string) => `${field} ${/^head$/i.test(noun) ? 'director' : noun}`);
  // "in Test" belongs to the title ("Software Development Engineer in Test"), unlike "in Oncology".
  t = t.replace(/\bin\s+test\b/gi, 'in-test');
  const segments = t
    .split(/\s+-+\s*|\s*-+\s+|[|,:;_•·]|\s+(?:at|with|in|for|on|or)\s+/i)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) =>
      s
        .split(/\s*\/\s*|\s+&\s+|\s+and\s+|\s*\+\s*/i)
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .filter((pieces) => pieces.length > 0);
  return { segments, extras };
}

function addCandidate(out: Map<string, number>, m: TitleMatch | undefined, factor = 1): void {
  if (!m) return;
  const c = Math.round(m.confidence * factor * 100) / 100;
  if ((out.get(m.roleId) ?? 0) < c) out.set(m.roleId, c);
}

/**
 * Reduces a job title to the role it names: strips seniority ("Senior", "Sr.", "II", "Intern"), places and
 * contract terms ("(Remote)", "on W2", "- Hybrid"), company prefixes and suffixes ("Acme - …", "… at Acme");
 * maps spelling variants and synonyms (Developer/Programmer/SWE → engineer, Front-End → frontend, RN →
 * registered nurse); then finds the role whose title phrase ends at the title's head word. A title that
 * manages a field ("Director, Data Science", "Data Science Manager") names no role.
 */
export function normalizeTitle(fullTitle: string): NormalizedTitle {
  const title = fullTitle.slice(0, MAX_TITLE_LENGTH);
  const cached = cache.get(title);
  if (cached) return cached;
  const result = readTitle(title);
  // Role profiles ask about the same titles again and again; a bounded cache keeps that cheap.
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(title, result);
  return result;
}

const CACHE_SIZE = 5000;
const cache = new Map<string, NormalizedTitle>();

function readTitle(title: string): NormalizedTitle {
  const { segments, extras } = splitTitle(title);
  const candidates = new Map<string, number>();
  let best: TitleMatch | null = null;
  let fallback: TitleMatch | null = null;
  let stopped = false;
  let key = '';

  for (const [s, segment] of segments.entries()) {
    if (stopped) break;
    const segFactor = s === 0 ? 1 : 0.95;
    const pieces = segment.map((p) => readPiece(titleTokens(p)));
    const segKey = meaningful(pieces.flatMap((p) => p.tokens)).join(' ');
    if (!key) key = segKey;

    // A job noun with no role of its own, followed by a short field: "Enterprise Architect, Data" → data architect.
    const next = segments[s + 1];
    const onlyPiece = pieces.length === 1 ? pieces[0] : undefined;
    const nextField = next?.length === 1 ? next[0] : undefined;
    if (!best && onlyPiece?.hasRoleNoun && !onlyPiece.head && nextField !== undefined) {
      const field = titleTokens(nextField);
      const nextPiece = readPiece(field);
      if (!nextPiece.nounWord && meaningful(field).length <= 3) {
        const tokens = onlyPiece.tokens;
        const headEnd = tokens.findLastIndex((t) => !isSkippable(t)) + 1;
        const recomposed = readPiece([...tokens.slice(0, headEnd - 1), ...field, ...tokens.slice(headEnd - 1)]);
        if (recomposed.head) {
          best = { roleId: recomposed.head.roleId, confidence: 0.8 * recomposed.head.confidence };
          addCandidate(candidates, best);
          key = meaningful(recomposed.tokens).join(' ');
          break;
        }
      }
    }

    for (const [i, piece] of pieces.entries()) {
      const pieceFactor = segFactor * (i === 0 ? 1 : 0.95);
      addCandidate(candidates, piece.head, pieceFactor);
      for (const l of piece.loose) addCandidate(candidates, l, pieceFactor);
      if (!best && piece.head) best = { roleId: piece.head.roleId, confidence: piece.head.confidence * pieceFactor };
      // Alternatives sharing a head word: "UX/UI Designer" → "ux designer"; "Data Analyst / Scientist" → "data scientist".
      const nextPiece = pieces[i + 1];
      if (nextPiece) {
        const here = meaningful(piece.tokens);
        const there = meaningful(nextPiece.tokens);
        const expansions: string[][] = [];
        const lastThere = there.at(-1);
        if (!piece.hasRoleNoun && lastThere !== undefined) expansions.push([...here, lastThere]);
        if (there.length === 1 && here.length > 1 && lastThere !== undefined && ROLE_NOUNS.has(lastThere)) expansions.push([...here.slice(0, -1), lastThere]);
        for (const tokens of expansions) {
          const head = readPiece(tokens).head;
          if (!head) continue;
          const m = { roleId: head.roleId, confidence: 0.7 * head.confidence * segFactor };
          addCandidate(candidates, m);
          if (!best && !pieces.some((p) => p.head)) best = m;
        }
      }
    }
    if (!best && !fallback) {
      const loose = pieces.flatMap((p) => p.loose).sort((a, b) => b.confidence - a.confidence)[0];
      if (loose) fallback = { roleId: loose.roleId, confidence: loose.confidence * segFactor };
    }
    // A segment that manages a function ends the reading: later segments name the function, not the job.
    if (!best && pieces.some((p) => p.managerial)) stopped = true;
    if (best) {
      key = segKey || key;
      break;
    }
  }

  if (!best && !stopped) best = fallback;
  if (!best && !stopped) {
    for (const extra of extras) {
      const r = readPiece(titleTokens(extra));
      if (r.head) {
        best = { roleId: r.head.roleId, confidence: 0.5 * r.head.confidence };
        addCandidate(candidates, best);
        break;
      }
    }
  }
  if (stopped) candidates.clear();

  // A scientist in machine learning is a data scientist: "Research Scientist - Computer Vision".
  if (best?.roleId === 'research-scientist') {
    const all = ` ${segments.flat().map((p) => titleTokens(p).join(' ')).join(' ')} `;
    if (ML_FIELDS.some((f) => all.includes(` ${f} `))) {
      best = { roleId: 'data-scientist', confidence: 0.7 };
      addCandidate(candidates, best);
    }
  }

  const list = [...candidates].map(([roleId, confidence]) => ({ roleId, confidence }));
  if (best) {
    const b = best;
    list.sort((a, c) => (a.roleId === b.roleId ? -1 : c.roleId === b.roleId ? 1 : c.confidence - a.confidence));
  } else list.sort((a, c) => c.confidence - a.confidence);
  return { key, roleId: best?.roleId ?? null, confidence: best?.confidence ?? 0, candidates: best ? list : [] };
}

/** Whether a posting's title names a role (as its best reading or as one of the roles it lists). */
export function titleMatchesRole(title: string, roleId: string, minConfidence = TITLE_MATCH_THRESHOLD): boolean {
  return normalizeTitle(title).candidates.some((c) => c.roleId === roleId && c.confidence >= minConfidence);
}

/** The title's words as a key for a title the role list lacks ("Growth Hacker" → "growth hacker"). */
export function titleKey(title: string): string {
  return meaningful(titleTokens(title.slice(0, MAX_TITLE_LENGTH).replace(/\([^)]*\)?/g, ' '))).join(' ');
}

/**
 * Whether a posting's title contains a person's own title (for goals outside the role list): every word of
 * the key, in order and next to each other, in one segment of the title.
 */
export function titleMatchesKey(title: string, key: string): boolean {
  const want = key.split(' ').filter(Boolean);
  if (!want.length) return false;
  const { segments } = splitTitle(title);
  return segments.some((pieces) => {
    const words = meaningful(titleTokens(pieces.join(' ')));
    for (let i = 0; i + want.length <= words.length; i++) if (want.every((w, j) => words[i + j] === w)) return true;
    return false;
  });
}
