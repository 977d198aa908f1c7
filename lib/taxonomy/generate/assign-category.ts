import type { Category } from '@/lib/model/skill';

/**
 * Our category for each O*NET SOC major group (the first two digits of an O*NET-SOC code), the family of
 * occupations that list a technology. Used when a technology's commodity does not say more.
 */
export const SOC_MAJOR_GROUP_CATEGORY: Readonly<Record<string, Category>> = {
  '11': 'pm', '13': 'finance', '15': 'data', '17': 'eng', '19': 'science', '21': 'social', '23': 'legal',
  '25': 'education', '27': 'arts', '29': 'health', '31': 'health', '33': 'social', '35': 'hospitality',
  '37': 'hospitality', '39': 'hospitality', '41': 'sales', '43': 'office', '45': 'agri', '47': 'construction',
  '49': 'eng', '51': 'eng', '53': 'transport', '55': 'social',
};

/** O*NET SOC major group titles, for the coverage table. */
export const SOC_MAJOR_GROUP_TITLE: Readonly<Record<string, string>> = {
  '11': 'Management', '13': 'Business and financial operations', '15': 'Computer and mathematical',
  '17': 'Architecture and engineering', '19': 'Life, physical and social science', '21': 'Community and social service',
  '23': 'Legal', '25': 'Educational instruction and library', '27': 'Arts, design, entertainment, sports and media',
  '29': 'Healthcare practitioners and technical', '31': 'Healthcare support', '33': 'Protective service',
  '35': 'Food preparation and serving', '37': 'Building and grounds cleaning and maintenance',
  '39': 'Personal care and service', '41': 'Sales and related', '43': 'Office and administrative support',
  '45': 'Farming, fishing and forestry', '47': 'Construction and extraction', '49': 'Installation, maintenance and repair',
  '51': 'Production', '53': 'Transportation and material moving', '55': 'Military specific',
};

/** Commodity titles (O*NET's UNSPSC classes) that say which of our categories a technology is in. */
const COMMODITY_RULES: readonly [RegExp, Category][] = [
  [/medical software/i, 'health'],
  [/accounting|financial analysis|tax preparation|time accounting|audit software/i, 'finance'],
  [/enterprise resource planning|materials requirements|inventory management|procurement|mailing and shipping|bar coding|manufacturing execution|point of sale/i, 'ops'],
  [/customer relationship|sales and marketing|helpdesk|contact center|interactive voice/i, 'sales'],
  [/human resources/i, 'hr'],
  [/legal management|compliance software/i, 'legal'],
  [/project management|calendar and scheduling/i, 'pm'],
  [/computer aided design|computer aided manufacturing|industrial control|pattern design/i, 'eng'],
  [/graphics|photo imaging|video creation|music or sound|desktop publishing|computer imaging|web page creation/i, 'design'],
  [/geographic information|map creation|route navigation|analytical or scientific/i, 'science'],
  [/business intelligence|data mining|data base reporting|charting|metadata|risk management data/i, 'data'],
  [/data base|database/i, 'db'],
  [/object or component oriented|development environment|compiler|graphical user interface development|web platform/i, 'lang'],
  [/program testing/i, 'testing'],
  [/security|virus|authentication|vpn/i, 'security'],
  [/cloud-based/i, 'cloud'],
  [/operating system|network|configuration management|enterprise system management|backup|storage|clustering|filesystem|server software|driver|switch or router|wan |lan |gateway|bridge software|wireless|device drivers|application server|transaction server|portal server|enterprise application integration|software defined/i, 'devops'],
  [/computer based training|multi-media educational|library software|foreign language|dictionary/i, 'education'],
  [/flight control|aviation ground/i, 'transport'],
  [/word processing|spreadsheet|presentation|office suite|electronic mail|document management|instant messaging|video conferencing|desktop communications|internet browser|spell checkers|fax|label making|optical character|voice recognition|text to speech|information retrieval|content workflow|file versioning|data conversion|data compression/i, 'office'],
  [/facilities management/i, 'ops'],
];

/**
 * A technology's category: its commodity class when that says enough, else the occupation family that
 * lists it most (`socMajorGroups`, each major group with how many occupations in it list the technology).
 */
export function categoryOfTechnology(commodityTitle: string, socMajorGroups: ReadonlyMap<string, number>): Category {
  for (const [rule, category] of COMMODITY_RULES) if (rule.test(commodityTitle)) return category;
  let best: [string, number] | undefined;
  for (const entry of socMajorGroups) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return (best && SOC_MAJOR_GROUP_CATEGORY[best[0]]) ?? 'office';
}

/**
 * Words of a trade, in the order they are tried: ESCO labels carry no category of their own in the
 * files we read (the export has no skill–occupation links), so a label's subject words decide, and the
 * skill's ESCO group names (from the collections' broader concepts) are read the same way.
 */
const SUBJECT_RULES: readonly [RegExp, Category][] = [
  [/\b(?:programming|software|computer|ICT|web|database|internet|network|cyber|algorithm|cloud|digital|online|app|coding|compil)/i, 'devops'],
  [/\b(?:patient|clinical|medic|nurs|surg|therap|health|disease|diagnos|pharmac|drug|dental|denti|anatom|physiolog|pathol|radiolog|midwi|obstetric|paediatric|pediatric|blood|venepunct|wound|injur|rehabilit|psychiatr|mental|care plan|first aid|hygien|ophthalm|optic|prosthe|orthot|hearing|audiolog|podiatr|chiropract|osteopath|anaesthe|anesthe|vaccin|infect|oncolog|cardi|neuro|immun)/i, 'health'],
  [/\b(?:crop|farm|agri|animal|livestock|cattle|pig|poultry|horse|equine|dog|veterinar|fish|aquacult|forest|tree|timber|soil|plant|seed|harvest|irrigat|fertili|pest|garden|horticult|landscap|vine|grape|wine|beekeep|dairy|milk|wildlife|environment|ecolog|conservation|waste|recycl|pollut|climate|green|renewable|sustainab)/i, 'agri'],
  [/\b(?:build|construct|concrete|brick|masonr|roof|plaster|tile|tiling|carpent|joiner|scaffold|demolit|excavat|drywall|insulation|glazing|pav|road|bridge|tunnel|surveying|architect|plumb|pipe|drain|HVAC|heating|ventilat)/i, 'construction'],
  [/\b(?:vehicle|driv|truck|lorry|bus|train|rail|ship|vessel|maritime|navig|aircraft|aviation|flight|airport|cargo|freight|shipping|logistic|warehouse|forklift|transport|traffic|port|deck|pilot|crane)/i, 'transport'],
  [/\b(?:food|cook|culinar|kitchen|bak|pastry|meat|beverage|drink|bar|coffee|restaurant|menu|catering|hotel|hospitality|tourism|touris|travel|guest|housekeep|clean|laundry|hair|beauty|cosmetic|make-up|makeup|nail|massage|spa|fitness|sport)/i, 'hospitality'],
  [/\b(?:teach|pedagog|curricul|student|pupil|classroom|school|education|learning|lesson|tutor|instruct|exam|didact|e-learning)/i, 'education'],
  [/\b(?:social work|social care|child|youth|elderly|disab|welfare|counsel|victim|offender|prison|correction|police|firefight|emergency|rescue|military|defence|security guard|public admin|government|policy|community|refugee|migra)/i, 'social'],
  [/\b(?:art|music|musical|instrument|danc|theatre|theater|stage|film|photograph|camera|video|broadcast|journal|writ|literar|poet|paint|sculpt|museum|archive|librar|cultur|craft|costume|perform|animation|game|design|fashion|textile|sewing|jewel|ceramic|glass)/i, 'arts'],
  [/\b(?:law|legal|legislat|court|contract|regulat|complian|litigat|patent|intellectual property|criminal|judic|notar)/i, 'legal'],
  [/\b(?:account|financ|tax|audit|bank|invest|insur|budget|payroll|credit|loan|fund|pension|stock|econom|actuar|bookkeep)/i, 'finance'],
  [/\b(?:market|advertis|brand|sales|sell|customer|retail|merchandis|e-commerce|public relations|promot)/i, 'marketing'],
  [/\b(?:recruit|human resource|personnel|employ|workforce|staff|labour|occupational)/i, 'hr'],
  [/\b(?:chemi|physic|biolog|laborator|microb|genet|molecul|geolog|mineral|astronom|mathemat|statist|scienti|toxicolog|biochem|pharmacolog|zoolog|botan|ecolog|oceanograph|meteorolog|research)/i, 'science'],
  [/\b(?:machin|mechanic|engine|electric|electron|weld|metal|manufactur|assembl|CNC|tool|hydraul|pneumat|robot|automat|industrial|mining|oil|gas|petrol|energy|power|nuclear|solar|wind|boiler|turbine|motor|wiring|circuit|sensor|plastic|rubber|wood|paper|print|packag|quality control)/i, 'eng'],
  [/\b(?:project|programme management|product management|agile|scrum)/i, 'pm'],
  [/\b(?:supply chain|procure|purchas|inventor|stock control|operations|facilit|logist)/i, 'ops'],
  [/\b(?:office|clerical|administrat|filing|typing|secretar|reception)/i, 'office'],
  [/\b(?:language|linguist|translat|interpret)/i, 'human'],
];

/** The category an ESCO label's words point to, or undefined when none of the subject rules fits. */
export function categoryOfSubject(text: string): Category | undefined {
  for (const [rule, category] of SUBJECT_RULES) if (rule.test(text)) return category;
  return undefined;
}
