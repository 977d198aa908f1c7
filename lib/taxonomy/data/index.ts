import type { Category } from '@/lib/model/skill';
import lang from './lang';
import web from './web';
import mobile from './mobile';
import testing from './testing';
import db from './db';
import cloud from './cloud';
import devops from './devops';
import security from './security';
import concept from './concept';
import data from './data';
import ml from './ml';
import design from './design';
import office from './office';
import eng from './eng';
import construction from './construction';
import transport from './transport';
import education from './education';
import hospitality from './hospitality';
import social from './social';
import agri from './agri';
import arts from './arts';
import science from './science';
import pm from './pm';
import marketing from './marketing';
import sales from './sales';
import finance from './finance';
import hr from './hr';
import health from './health';
import ops from './ops';
import legal from './legal';
import cert from './cert';
import human from './human';
import soft from './soft';

/** Version of the skill data set; bump the patch on fixes, the minor on additions, the major when an id changes meaning. */
export const TAXONOMY_VERSION = '1.4.0';

/** Each category's skill lines, in the format read by `parseSkillLines`. */
export const skillLinesByCategory: Record<Category, string> = {
  lang,
  web,
  mobile,
  testing,
  db,
  cloud,
  devops,
  security,
  concept,
  data,
  ml,
  design,
  office,
  eng,
  construction,
  transport,
  education,
  hospitality,
  social,
  agri,
  arts,
  science,
  pm,
  marketing,
  sales,
  finance,
  hr,
  health,
  ops,
  legal,
  cert,
  human,
  soft,
};
