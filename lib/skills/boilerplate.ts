/**
 * Employer and agency boilerplate: sentences every posting of a company or agency carries, whatever the job.
 * Equal-opportunity statements, pay-transparency and salary text, "Statistics show that women apply only
 * when…", accommodation notices, E-Verify and work-authorisation notes, staffing-agency blurbs and legal
 * disclaimers. They state no requirement of the job, so nothing named in them is a skill it asks for:
 * "finance and accounting, technology, marketing… roles" in a recruiter's blurb, "collective bargaining
 * agreement" in a pay note.
 *
 * Each marker is the statement's own shape ("is an equal opportunity employer", "regardless of race"), not a
 * topic word: an HR posting may well ask for "knowledge of EEO reporting and affirmative action plans".
 */

/** A cheap first look: sentences without any of these words are never boilerplate. */
const MAY_BE_BOILERPLATE =
  /equal|opportunit|\bEEO|affirmative|regardless|without regard|discriminat|basis of|salary|pay |wage|hourly|compensation|hiring rate|factors|\$\s?\d|statistic|studies|research|100\s?%|every (?:single )?(?:one|box|qualification|requirement)|meet (?:all|every)|(?:don['’]t|do not) (?:meet|match|check|have) (?:all|every|each|100)|accommodat|e-verify|to work in|sponsor|staffing|recruit|placement|talent solutions|employment|agency|permanent|direct[ -]hire|acting as|privacy|fair chance|conviction|by clicking|apply now|©|copyright|vets|veteran|m\/f|minorities|diversity|diverse|inclusi/i;

const MARKERS: RegExp[] = [
  // Equal opportunity: "X is an equal opportunity employer", "EEO Affirmative Action Employer/Vets/Disabled".
  /\b(?:equal[ -](?:employment[ -])?opportunit(?:y|ies)|EEO|affirmative[ -]action)\b[^.;]{0,40}\bemployer\b/i,
  /\bemployer\b[^.;]{0,30}\b(?:EEO|equal[ -]opportunity)\b/i,
  /\b(?:committed|commitment) to (?:(?:providing|promoting|ensuring|being|creating|building|fostering) (?:an? )?)?(?:equal|diversity|diverse|inclusion|inclusive)/i,
  /\b(?:M\/F\/D\/V|M\/F\/Disability\/Veterans?|Minorities\/Women\/Veterans|Vets\/Disabled|Disability\/Veterans?)\b/i,
  /\b(?:regardless of|without regard to|not (?:to )?discriminate|does not discriminate|on the basis of|free (?:of|from) discrimination)\b[^.]{0,160}\b(?:race|colou?r|religion|creed|sex|gender|age|national origin|ancestry|disability|veteran|marital|pregnancy|sexual orientation)\b/i,
  // Pay transparency: "the salary range is…", "the actual hiring rate is dependent upon several factors".
  /\b(?:salary|pay|compensation|wage|hourly rate|base pay)\s+(?:range|band|scale|rate)s?\b/i,
  /\b(?:hiring rate|starting (?:salary|pay)|base salary|offered salary|pay (?:transparency|equity))\b/i,
  /\b(?:determined|based|dependent|depend(?:s|ing)?) (?:up)?on (?:a )?(?:various|several|a (?:number|variety) of|many|multiple) factors\b/i,
  /\$\s?\d[\d,.]*\s*[kK]?\s*(?:-|–|to)\s*\$?\s?\d[\d,.]*\s*[kK]?\b/,
  // "Statistics show that women and people of colour apply only when they meet 100% of the criteria".
  /\b(?:statistics|studies|research)\s+(?:have\s+)?(?:show|shown|shows|suggest|suggests|found)\b/i,
  /\b(?:meet|check|tick)\s+(?:100\s?%|every (?:single )?(?:one|box|qualification|requirement)|all (?:of )?the (?:qualifications|requirements|criteria|boxes))/i,
  /\b(?:even if|if) you (?:do not|don['’]t) (?:meet|match|check|have) (?:all|every|each|100)/i,
  // Accommodation notices.
  /\b(?:request|need|require)s?\s+(?:an?\s+)?(?:reasonable\s+)?accommodations?\b/i,
  /\baccommodations?\s+(?:is|are|will be|can be)\s+(?:available|provided|made)\b/i,
  /\breasonable accommodations?\s+(?:to|for)\s+(?:qualified\s+)?(?:individuals|applicants|candidates|people|persons)\b/i,
  // E-Verify and work authorisation.
  /\bE-Verify\b/i,
  /\b(?:legally |currently )?(?:authori[sz]ed|eligible|entitled|right) to work in\b/i,
  /\b(?:visa )?sponsorship\b/i,
  // Staffing agencies: "the world's largest specialized talent solutions firm", "acting as an employment agency".
  /\b(?:staffing|recruiting|recruitment|talent solutions|placement|employment)\s+(?:agency|agencies|firm|business|company|consultancy|solutions)\b/i,
  /\b(?:contract|temporary|temp)(?:,| and| or)\s+(?:temporary\s+|contract\s+)?(?:and\s+|or\s+)?(?:permanent|direct[ -]hire)\s+(?:placement|positions|roles|staffing|recruitment)/i,
  /\bacting as an?\s+(?:employment\s+)?(?:agency|business)\b/i,
  // Legal notices.
  /\b(?:privacy (?:policy|notice)|fair chance (?:ordinance|act|initiative)|arrest (?:and|or) conviction records?|by clicking|apply now)\b/i,
  // "© 2024 Robert Half.": a copyright line, not a © inside a sentence ("Sesame Street© characters").
  /(?:^|\s)©\s*(?:\d{4}|[A-Z])|^\s*©|\bcopyright\s*(?:©|\(c\)|\d{4})/i,
];

/** Whether a sentence is employer or agency boilerplate, which asks for nothing. */
export function isBoilerplate(sentence: string): boolean {
  if (!MAY_BE_BOILERPLATE.test(sentence)) return false;
  return MARKERS.some((re) => re.test(sentence));
}
