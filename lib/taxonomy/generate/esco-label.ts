/**
 * Verbs (and verb phrases) that only say a skill is exercised: "perform venepuncture" is the skill
 * venepuncture. Stripping them leaves the thing a posting names. Longest first, so "carry out" wins over
 * a one-word verb.
 */
const EXERCISING_VERBS = [
  'carry out', 'work with', 'make use of', 'be proficient in', 'have knowledge of',
  'perform', 'use', 'utilise', 'utilize', 'apply', 'employ', 'manage', 'operate', 'conduct', 'undertake',
  'execute', 'implement', 'administer', 'practise', 'practice', 'handle', 'do', 'run',
];

/**
 * Verbs that open an ESCO skill or competence label ("identify available services", "advise on ...").
 * Such a label describes an activity, not a thing a posting names, unless the verb is an exercising one.
 */
const ACTIVITY_VERBS = new Set([
  'manage', 'operate', 'maintain', 'perform', 'use', 'develop', 'monitor', 'provide', 'apply', 'prepare', 'advise',
  'ensure', 'create', 'design', 'understand', 'tend', 'conduct', 'assess', 'analyse', 'analyze', 'install', 'write',
  'handle', 'inspect', 'identify', 'supervise', 'assist', 'work', 'plan', 'teach', 'carry', 'coordinate', 'set',
  'interact', 'test', 'check', 'evaluate', 'promote', 'organise', 'organize', 'repair', 'follow', 'clean', 'implement',
  'select', 'communicate', 'sell', 'keep', 'assemble', 'adjust', 'interpret', 'support', 'control', 'make', 'liaise',
  'determine', 'collect', 'oversee', 'report', 'train', 'remove', 'process', 'negotiate', 'measure', 'calculate',
  'adapt', 'define', 'build', 'produce', 'prevent', 'examine', 'cut', 'study', 'read', 'manufacture', 'research',
  'transfer', 'demonstrate', 'execute', 'comply', 'administer', 'record', 'lead', 'diagnose', 'drive', 'draw', 'store',
  'participate', 'instruct', 'estimate', 'treat', 'attend', 'take', 'review', 'establish', 'arrange', 'position',
  'integrate', 'consult', 'observe', 'investigate', 'inform', 'contribute', 'protect', 'place', 'feed', 'mix', 'help',
  'forecast', 'educate', 'undertake', 'respond', 'manipulate', 'guide', 'compile', 'breed', 'translate', 'show',
  'present', 'deliver', 'collaborate', 'lay', 'engage', 'draft', 'document', 'direct', 'deal', 'recommend',
  'prescribe', 'model', 'load', 'give', 'enforce', 'dispose', 'detect', 'attach', 'transport', 'schedule', 'order',
  'meet', 'match', 'issue', 'finish', 'cope', 'wash', 'think', 'secure', 'replace', 'move', 'improve', 'grade', 'fill',
  'explain', 'decide', 'weigh', 'verify', 'screen', 'purchase', 'polish', 'pack', 'obtain', 'facilitate', 'counsel',
  'adhere', 'represent', 'regulate', 'preserve', 'plant', 'mark', 'insert', 'gather', 'exercise', 'construct', 'address',
  'add', 'utilise', 'utilize', 'trade', 'track', 'stay', 'solve', 'shape', 'restore', 'recognise', 'receive', 'edit',
  'encourage', 'consider', 'compare', 'coach', 'calibrate', 'anticipate', 'sew', 'run', 'register', 'practice',
  'practise', 'paint', 'mount', 'label', 'interview', 'fit', 'find', 'dry', 'distinguish', 'discuss', 'describe',
  'cooperate', 'cook', 'connect', 'change', 'care', 'balance', 'update', 'tune', 'supply', 'separate', 'search',
  'revise', 'respect', 'recruit', 'react', 'propose', 'program', 'pour', 'motivate', 'influence', 'heat', 'harvest',
  'formulate', 'extract', 'distribute', 'disseminate', 'compose', 'clear', 'allocate', 'advocate', 'advertise', 'act',
  'transcribe', 'stack', 'signal', 'serve', 'plot', 'optimise', 'optimize', 'offer', 'memorise', 'hire', 'grind',
  'fasten', 'employ', 'dye', 'display', 'differentiate', 'decorate', 'customise', 'convert', 'contact', 'coat', 'cast',
  'assign', 'approve', 'answer', 'align', 'adopt', 'watch', 'unload', 'synthesise', 'strive', 'stimulate',
  'sterilise', 'spray', 'spot', 'sort', 'send', 'sand', 'safeguard', 'rig', 'resolve', 'reduce', 'put', 'procure',
  'be', 'have', 'do', 'get', 'accept', 'achieve', 'acquire', 'adjudicate', 'analyse', 'apprise', 'archive', 'ask',
  'audit', 'bake', 'brief', 'calculate', 'capture', 'certify', 'clarify', 'classify', 'combine', 'complete', 'conceive',
  'confirm', 'conserve', 'consolidate', 'cultivate', 'dismantle', 'dispatch', 'draw up', 'elaborate', 'encourage',
  'enhance', 'enter', 'evaluate', 'fix', 'greet', 'groom', 'guarantee', 'hold', 'illustrate', 'install', 'inventory',
  'issue', 'keep', 'launch', 'listen', 'locate', 'look', 'mediate', 'mentor', 'mitigate', 'navigate', 'notify', 'nurture',
  'oversee', 'pilot', 'prioritise', 'proofread', 'protect', 'pursue', 'raise', 'reach', 'reconcile', 'refer', 'reflect',
  'relate', 'release', 'remain', 'render', 'request', 'resolve', 'retrieve', 'return', 'scan', 'seek', 'share', 'sketch',
  'solder', 'speak', 'specify', 'spin', 'splice', 'stimulate', 'strip', 'submit', 'summarise', 'survey', 'sustain',
  'teach', 'tell', 'thread', 'trace', 'trim', 'troubleshoot', 'turn', 'uphold', 'validate', 'visit', 'weld', 'wrap',
]);

/** Words at the end of a label that name a kind of activity, not the thing: "venepuncture procedures". */
const TRAILING_KINDS = /\s+(?:procedures?|techniques?|methods?|principles|practices|activities|tasks|skills|processes|operations|equipment|tools|systems|software)$/i;

/** What one ESCO label becomes: the name a posting would write, and whether the label was an activity. */
export interface EscoName {
  /** The name to show and match, capitalised: "Venepuncture". */
  name: string;
  /** Other matchable spellings that came from the same label ("venepuncture procedures"). */
  variants: string[];
  /** The label described knowledge (a noun phrase) rather than an activity. */
  knowledge: boolean;
}

/** The first word of a label, lowercased. */
function firstWord(label: string): string {
  return (label.split(/\s+/, 1)[0] ?? '').toLowerCase();
}

/**
 * Turns an ESCO preferred or alternative label into a name: a noun phrase ("toxicology", "Haskell") stays
 * as it is; an activity opened by an exercising verb loses the verb ("operate forklift" → "Forklift") and a
 * trailing kind word ("venepuncture procedures" → "Venepuncture", the longer form kept as a variant); any
 * other activity ("identify available services") names no thing and gives undefined.
 */
export function nameFromEscoLabel(label: string): EscoName | undefined {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const lower = text.toLowerCase();
  const verb = EXERCISING_VERBS.find((v) => lower.startsWith(`${v} `));
  let phrase = text;
  let knowledge = true;
  if (verb) {
    phrase = text.slice(verb.length + 1).trim();
    knowledge = false;
  } else if (ACTIVITY_VERBS.has(firstWord(text)) || / (?:on|to|with|for|of)$/.test(lower)) {
    return undefined;
  }
  // "use ... to ...", "operate X in Y": a purpose or a setting makes it an activity again.
  if (!knowledge && /\b(?:to|in order to|when|while|according to|and|or)\b/i.test(phrase)) return undefined;
  if (!phrase || ACTIVITY_VERBS.has(firstWord(phrase)) && !knowledge) return undefined;
  const variants: string[] = [];
  const trimmed = phrase.replace(TRAILING_KINDS, '');
  if (trimmed !== phrase && trimmed.length >= 4) {
    variants.push(phrase);
    phrase = trimmed;
  }
  return { name: capitalise(phrase), variants, knowledge };
}

/** Upper-cases the first letter unless the phrase starts with a written-as-is word ("iOS", "eBay"). */
function capitalise(phrase: string): string {
  if (/^[a-z]+[A-Z]/.test(phrase)) return phrase;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** ESCO writes alternative labels one a line in the main export and separated by " | " in the collections. */
export function splitAltLabels(cell: string): string[] {
  return cell
    .split(/\n|\s\|\s/)
    .map((s) => s.trim())
    .filter(Boolean);
}
