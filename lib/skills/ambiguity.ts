/**
 * The ambiguity gate: words that name a skill in one sentence and mean something else in another
 * ("Go" / "go-to-market", "React" / "react to", "Excel" / "excel at", "Spring Boot" / "Spring 2026").
 *
 * A term of a skill flagged `context` in the taxonomy is accepted only when
 *  1. it is written in the taxonomy's case ("Go", not "go"),
 *  2. no veto of that skill fires on the words right around it, and
 *  3. something says it is technical: a cue before it ("experience with", "proficient in", "such as"),
 *     a cue after it ("programming", "developer", a version number), a skills line ("Tech stack: …"),
 *     or a list neighbour that is itself an accepted skill ("Go, Rust or C++").
 * Skills flagged `cased` only need (1).
 */

/** Words around a candidate, in the original text. */
export interface Surroundings {
  /** Up to 60 characters before the term, within its sentence. */
  before: string;
  /** Up to 60 characters after the term, within its sentence. */
  after: string;
  /** The term as written in the text. */
  written: string;
  /** The whole sentence. */
  sentence: string;
}

interface Veto {
  before?: RegExp;
  after?: RegExp;
}

const DATE_AFTER = /^\s*(?:'?\d{2}\b|\d{4}\b|semester|term\b|break\b|season|cohort|intake|quarter|graduat|festival|clean|sale|collection|campaign)/i;
const NAME_AFTER = /^\s+[A-Z][a-z]+(?:\s|,|\.|$)(?!.*\b(?:programming|language|framework|developer|experience)\b)/;
const PERSON_AFTER = /^\s*,\s*(?:our|your|the|who|a|an|my|his|her)\b|^\s+(?:will|is|was|has|said|says|from|at|in HR|our)\b/;
const SINGLE_LETTER_BEFORE =
  /(?:\b(?:USB|Type|Vitamin|Grade|Class|Plan|Part|Section|Schedule|Exhibit|Appendix|Level|Tier|Category|Form|Hepatitis|Building|Suite|Unit|Phase|Option|Model|Series|Step|Item|Group|Team|Block|Zone|Wing|Floor|Area|Room|Gate|Row|Lot|Box|Route|Shift|Division|Chapter|Title)|Dr\.|Mr\.|Ms\.|Mrs\.)[\s-]*$/i;
const SINGLE_LETTER_AFTER = /^(?:\s*&|-[A-Za-z]|\.\s*[A-Z][a-z]|\.[A-Z]\.|\)|'s\b|\s+(?:and|&)\s+D\b|\s*-\s*(?:suite|level))/;

/** Per-skill vetoes: words around a term that show it is not the skill. */
const VETOES: Record<string, Veto[]> = {
  go: [
    { after: /^[\s-]+(?:to|through|above|beyond|ahead|live|getter|back|over|into|out|for|the|a|an|with|on|get|far|deep|broad|big|home|forward|green|after|wrong|unnoticed|together|hand|-to|from|by|in|and\s+(?:do|see|get|make|find))\b/i },
    { before: /(?:\bon the|\bto|\bwill|\bcan|\bmust|\bshould|\blet'?s|\blet us|\bready to|\bgood to|\bfree to|\bplace to|\bway to|\bwe|\byou|\bthey|\bI)\s*$/i },
  ],
  r: [{ before: SINGLE_LETTER_BEFORE }, { after: SINGLE_LETTER_AFTER }, { before: /\(\s*$/, after: /^\s*\)/ }, { before: /[A-Za-z]\($/ }],
  c: [{ before: SINGLE_LETTER_BEFORE }, { after: SINGLE_LETTER_AFTER }, { before: /\(\s*$/, after: /^\s*\)/ }, { after: /^\s*(?:grade|average|or (?:better|higher|above))\b/i }],
  react: [{ after: /^\s+(?:to|quickly|swiftly|accordingly|appropriately|positively|calmly|fast|well|promptly|immediately|in\b|when|with (?:urgency|agility|empathy|confidence|calm))/i }],
  swift: [{ after: /^\s+(?:response|action|resolution|decision|turnaround|execution|delivery|progress|and\s+(?:effective|accurate|decisive))/i }],
  rust: [{ after: /^\s+(?:prevention|removal|protection|proof|resistant|inhibitor|and\s+corrosion|spots?)\b/i }, { before: /\b(?:remove|prevent|treat|free of|corrosion(?: and)?)\s*$/i }],
  spring: [{ after: DATE_AFTER }],
  'ruby-on-rails': [{ before: /\b(?:guard|hand|safety|on the|off the|side|steel|train|the)\s*$/i }],
  express: [{ after: /^\s+(?:interest|your|their|our|ideas|opinions|yourself|themselves|concerns|gratitude|lane|delivery|shipping|mail|entry|written|consent|permission)\b/i }, { before: /\b(?:American|Federal|Pony|FedEx|Orient)\s*$/i }],
  'microsoft-excel': [{ after: /^\s+(?:at|as|when|while|under|with (?:people|customers|clients)|in (?:a|an|the|this|our|your|fast|high|dynamic|collaborative|team|environments?|roles?|positions?|customer|client|communicat|building|deliver|work|lead|problem|managing|all))\b/i }],
  'microsoft-word': [{ before: /\b(?:other|a|the|one|last|every|good|kind|final|spoken|written|printed|your|my|our|their|this|that|key|buzz|code|magic|single)\s*$/i }, { after: /^\s+(?:of mouth|for word|choice|count|limit|play|games?)\b/i }],
  'microsoft-access': [{ after: /^\s+(?:to|for|control|management|points?|rights|levels?|requests?|badges?|cards?)\b/i }],
  'apache-spark': [{ after: /^\s+(?:curiosity|interest|joy|ideas|innovation|creativity|change|conversation|discussions?|imagination|growth|passion|excitement|action|debate|a\b|the\b)/i }],
  kafka: [{ after: /^(?:esque|’s|'s\s+(?:novel|books?|metamorphosis))/i }, { before: /\bFranz\s*$/ }],
  scheme: [{ before: /\b(?:pension|colou?r|bonus|incentive|share|savings?|retirement|insurance|pricing|benefits?|loyalty|reward|ponzi|pyramid|naming|numbering|classification|grading|cycle to work|employee|purchase|option|ownership)\s*$/i }],
  julia: [{ after: NAME_AFTER }, { after: PERSON_AFTER }, { before: /\b(?:contact|ask|email|call|by|to|meet)\s*$/i }],
  ruby: [{ after: NAME_AFTER }, { after: PERSON_AFTER }, { before: /\b(?:contact|ask|email|call|by|to|anniversary|red)\s*$/i }, { after: /^\s+(?:anniversary|red|slippers|wedding)\b/i }],
  java: [{ after: /^\s+(?:island|sea|coffee|bean|chip|house)\b/i }, { before: /\b(?:cups? of|island of|islands of|coast of|province of|East|Central|West)\s*$/i, after: /^\s*(?:,\s*Indonesia|\.|$)/ }],
  sas: [{ after: /^\s*\(?\s*software[ -]as[ -]a[ -]service/i }, { after: /^\s+(?:airlines?|flights?|Institute is an)\b/i }, { before: /\b(?:the|a)\s+$/ }],
  snowflake: [{ after: /^\s*(?:,?\s*Inc\b|is an equal|is committed|is proud|'s mission|’s mission|is the Data Cloud|was founded|is growing)/i }, { before: /\b(?:no two|like a|special)\s*$/i }],
  'oracle-database': [{ after: /^\s*(?:,?\s*Inc\b|is an equal|is committed|is proud|Corporation|'s mission|’s mission|Health|Cloud Infrastructure)/i }],
  chef: [{ after: /^\s+(?:de cuisine|de partie|to|in|at|for|who|and\s+(?:cook|kitchen))\b/i }, { before: /\b(?:head|sous|executive|pastry|line|private|personal|our|a|the|as)\s*$/i }],
  puppet: [{ after: /^\s+(?:show|theater|theatre|master)\b/i }, { before: /\b(?:a|the|like a|hand)\s*$/i }],
  dart: [{ after: /^\s+(?:board|game|team|league|throw)\b/i }, { before: /\b(?:a|the|throw(?:ing)?)\s*$/i }],
  elm: [{ after: /^\s+(?:trees?|street|st\.?|avenue|ave\.?|road|rd\.?|park|grove|wood)\b/i }],
  'gnu-make': [{ after: /^\s+(?:a|an|the|it|sure|sense|decisions?|an impact|your|our|their|them|us|recommendations?|changes?|progress|connections?|calls?)\b/i }],
  'apache-ant': [{ after: /^\s+(?:colony|farm|hill|nest)\b/i }],
  less: [{ after: /^\s+(?:than|of|is more)\b/i }],
  sass: [{ after: /^\s+(?:and|or)\s+(?:humou?r|wit|attitude)\b/i }],
  shell: [{ after: /^\s*(?:plc|Oil|Energy|Gas|station|company|,?\s*Inc\b|\s+is an|\s+Global)/i }, { before: /\b(?:in a|sea|egg|nut|out of (?:their|your) )\s*$/i }],
  'shell-scripting': [{ after: /^\s*(?:plc|Oil|Energy|Gas|station|company|,?\s*Inc\b|\s+is an|\s+Global)/i }],
  csharp: [{ after: /^\s+(?:major|minor|sharp|flat)\b/i }],
  fsharp: [{ after: /^\s+(?:major|minor|sharp|flat)\b/i }],
  zoom: [{ after: /^\s+(?:in|out)\b/i }],
  pandas: [{ before: /\b(?:red|giant|baby|the|zoo'?s?|wild)\s*$/i }],
  'hashicorp-vault': [{ before: /\b(?:bank|the|a|wine|storage|burial|security)\s*$/i }],
  epic: [{ after: /^\s+(?:journey|adventure|scale|proportions|fail|story|stories|level|win|games)\b/i }, { before: /\b(?:an|the|this|truly|an absolutely)\s*$/i }],
  'epic-systems': [{ after: /^\s+(?:journey|adventure|scale|proportions|fail|story|stories|level|win|games)\b/i }, { before: /\b(?:an|the|this|truly|an absolutely)\s*$/i }],
};

/** Cues before a term that show it is named as a skill. */
const CUE_BEFORE = new RegExp(
  [
    String.raw`\b(?:experience|experienced|expertise|proficiency|proficient|fluency|fluent|skilled|skills?|knowledge|background|familiarity|familiar|competency|competence|hands-on|mastery|command|comfortable|exposure|work|working|programming|coding|developing|development|written|built|building|code|scripting|certified|certification)\s+(?:with|in|using|of|on|at)\s+`,
    String.raw`\byears?(?:'|’)?\s+(?:of\s+)?(?:professional\s+|hands-on\s+|relevant\s+)?(?:experience\s+)?(?:with\s+|in\s+|using\s+|of\s+)?`,
    String.raw`\b(?:such as|e\.g\.,?|eg|i\.e\.,?|including|like|using|use|via|leverage|leveraging|languages?|frameworks?|tools?|stack|technologies|platforms?|especially|particularly|preferably|ideally)\s*[:(]?\s*`,
    String.raw`\b(?:in|with)\s+(?:modern\s+|advanced\s+|strong\s+|solid\s+)?`,
    String.raw`\b(?:some|any|basic|working|prior|previous|production|professional|idiomatic|modern)\s+`,
    String.raw`\bversions?\s+of\s+`,
    String.raw`[:(]\s*`,
  ].map((p) => `(?:${p})$`).join('|'),
  'i',
);

/** Cues right after a term that show it is named as a skill. */
const CUE_AFTER =
  /^(?:\s*\(?\s*v?\d+(?:\.\d+)*\b|\s*,?\s+(?:or|and|and\/or)\s+(?:any\s+)?(?:other|similar|equivalent|comparable)\s+(?:[\w-]+\s+){0,3}?(?:languages?|frameworks?|librar(?:y|ies)|tools?|technolog(?:y|ies)|platforms?|databases?|stacks?)\b|\s*,?\s*which (?:we|you|the team|our team) (?:use|run|write|build)|\s*\/\s*\S|\s+(?:programming|programmer|language|languages|developer|developers|engineer|engineers|engineering|development|dev\b|code|coding|codebase|framework|frameworks|library|libraries|experience|skills?|apps?|applications?|ecosystem|stack|scripts?|scripting|services|certification|certified|expertise|proficiency|knowledge|environment|projects?|modules?|packages?|runtime|toolchain|SDK|API|APIs|components?|Native|Boot|MVC|Data|Cloud|Security|Streams?|Connect|topics|clusters?|cookbooks?|recipes|manifests?|games?|game engine|3D|alerting|alerts?|metrics|exporters?|rules|modules|pipelines?|jobs|notebooks?|queries|spreadsheets?|formulas|macros|pivot|VLOOKUP|documents?|templates?|databases?|forms|reports|dashboards?|users?|admin|administration|certifications?)\b)/i;

/** A skills line: "Skills: …", "Tech stack: …", "Technologies used - …". */
const SKILLS_LINE = /^[\s•·*\-]*(?:(?:required |preferred |technical |key |core |desired )?skills?(?:\s+required)?|technolog(?:y|ies)(?:\s+used)?|tech(?:nical)?\s+stack|tools?(?:\s+(?:and|&)\s+technologies)?|stack|languages?|frameworks?|environment|platforms?|software|systems|keywords?)\s*[:\-–]/i;

/** Terms of ambiguous skills that are never ordinary words, so they need no gate ("Golang", "React.js"). */
export function isDistinctiveTerm(written: string): boolean {
  return /[.\d#+]|\s/.test(written) || /^(?:golang|rustlang|reactjs|expressjs|vuejs|nodejs|sparksql|pyspark|ms\s?excel|msexcel)$/i.test(written);
}

/** Words that, capitalised after an ambiguous term, still go with the skill ("Go Developer", "Spark Streaming"). */
const TECH_FOLLOWER =
  /^\s+(?:Developers?|Engineers?|Engineering|Programm(?:er|ers|ing)|Development|Architects?|Consultants?|Specialists?|Administrators?|Admins?|Code|Coding|Framework|Frameworks|Libraries|Library|SDK|APIs?|Apps?|Applications?|Data|Cloud|Studio|Server|Services?|Native|Boot|MVC|Security|Streams?|Streaming|Connect|Scripts?|Scripting|Experience|Skills?|Knowledge|Proficiency|Expert|Certification|Certified|Language|Languages|Platform|Pipelines?|Clusters?|Jobs?|Queries|Notebooks?|Modules?|Packages?|Projects?|Tools?|Stack|Ecosystem|Runtime|Core|UI|Testing|Tests?|Automation|Workflows?|Dashboards?|Reports?|Reporting|Analytics|Integration|Integrations|Administration|Users?|Environment|Engine|Games?|Compose|Hooks|Query|SQL|ML|AI|and|or|to|for|with|in|on|at|by|is|are|was|as|the|a|an|I|II|III|IV)\b/;
const CAPITALISED_AFTER = /^\s+[A-Z][a-z]{2,}/;
const HONORIFIC_BEFORE = /\b(?:Mr|Ms|Mrs|Dr|Prof|Miss|Mx|Sir|Dame)\.?\s+(?:[A-Z][a-z]+\s+)?$/;
const APPOSITIVE_AFTER = /^\s*,\s+(?:the|a|an|our|your|my|his|her|their)\s+(?![\w-]*\s*(?:framework|library|language|platform|database|tool|engine|system|orchestrat|streaming|programming)\b)/i;

/**
 * Whether the words around a gated term show it is not the skill: a veto of its own, a person's title
 * before it ("Ms. Jenkins"), a proper name it starts ("Swift Transportation", "Stata Center"), or an
 * appositive that describes something else ("Flink, the grocery delivery app").
 */
export function isVetoed(skillId: string, around: Surroundings): boolean {
  if (HONORIFIC_BEFORE.test(around.before)) return true;
  if (CAPITALISED_AFTER.test(around.after) && !TECH_FOLLOWER.test(around.after)) return true;
  if (APPOSITIVE_AFTER.test(around.after)) return true;
  return hasOwnVeto(skillId, around);
}

/** Whether the skill has vetoes of its own (most do not, and then its surroundings need not be read). */
export function hasOwnVetoes(skillId: string): boolean {
  return skillId in VETOES;
}

/** Whether a name stands after a person's title ("Ms. Jenkins", "Dr. Sarah Jenkins"): then it is a person. */
export function isPersonName(text: string, sentenceStart: number, start: number): boolean {
  return HONORIFIC_BEFORE.test(text.slice(Math.max(sentenceStart, start - 24), start));
}

/** Whether one of the skill's own vetoes fires; these apply to every spelling ("C# minor" is a key). */
export function hasOwnVeto(skillId: string, around: Surroundings): boolean {
  for (const veto of VETOES[skillId] ?? []) {
    const b = veto.before ? veto.before.test(around.before) : true;
    const a = veto.after ? veto.after.test(around.after) : true;
    if (b && a) return true;
  }
  return false;
}

/** Whether the words around a term say it is named as a skill. */
export function hasTechnicalCue(around: Surroundings): boolean {
  return CUE_BEFORE.test(around.before) || CUE_AFTER.test(around.after) || SKILLS_LINE.test(around.sentence);
}

/** Whether the text between two terms makes them items of one list ("Go, Rust or C++", "AWS/GCP"). */
export function isListGap(between: string): boolean {
  if (between.length > 40) return false;
  // A remark on the item before does not end the list: "Django (Preferred), Flask".
  const gap = between.replace(ITEM_REMARK, '');
  return gap.length <= 24 && /^[\s,/;&()+]*(?:(?:and\/or|and|or|as well as|plus|e\.g\.|such as|including|nor)[\s,/;&()]*)?$/i.test(gap);
}
const ITEM_REMARK = /\((?:mostly |highly |strongly )?(?:preferred|preferably|required|a plus|plus|optional|good to have|nice to have|desired|must)\)/gi;

/** Human languages are skills only when asked for as such ("fluent in Spanish", "English and French"). */
const LANGUAGE_CUE_BEFORE =
  /\b(?:excellent|good|strong|perfect|advanced|basic|intermediate|solid|professional|native|e\.g\.,?|such as|including|fluen(?:t|cy)(?: level)?(?: in)?|proficien(?:t|cy)(?: in)?|speak(?:s|ing)?|spoken|written(?: and spoken)?|bilingual(?: in)?|native(?: level)?|business[ -]level|professional[ -]level|conversational|command of|knowledge of|skills in|communicate in|communication in|working in|languages?[:(]?|in|and|or|plus)\s*(?:\(|:)?\s*$/i;
const LANGUAGE_CUE_AFTER =
  /^(?:\s*[-–]\s*speaking|\s*\((?:fluent|native|required|preferred|a plus|written|spoken|B[12]|C[12])|\s+(?:speakers?|speaking|language|languages|skills|fluency|proficiency|is (?:a plus|required|preferred|essential|mandatory)|are (?:a plus|required|preferred)|required|preferred|a plus|and\s+[A-Z][a-z]+\s+(?:speakers?|speaking|language|languages|skills|fluency)|(?:and|or|\/)\s+[A-Z][a-z]+\s+(?:language|languages|skills|required|preferred))\b|\s*[,/]\s*[A-Z][a-z]+\s*(?:and|or|,|\/)|\s*$)/;

/** Whether a human language is named as a skill. */
export function hasLanguageCue(around: Surroundings): boolean {
  return LANGUAGE_CUE_BEFORE.test(around.before) || LANGUAGE_CUE_AFTER.test(around.after) || SKILLS_LINE.test(around.sentence);
}
