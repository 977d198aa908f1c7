import type { SiteAdapter } from '../types';
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { smartrecruiters } from './smartrecruiters';
import { workday } from './workday';
import { builtin } from './builtin';
import { dice } from './dice';
import { himalayas } from './himalayas';
import { monster } from './monster';
import { remoteok } from './remoteok';
import { usajobs } from './usajobs';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { weworkremotely } from './weworkremotely';
import { ziprecruiter } from './ziprecruiter';

/** Every site adapter, tried in order. Adding a site means adding one file here and its fixtures. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  greenhouse, linkedin, indeed, workday, glassdoor, lever, ashby, smartrecruiters,
  wellfound, dice, ziprecruiter, monster, welcometothejungle, builtin, remoteok, weworkremotely, himalayas, usajobs,
];
