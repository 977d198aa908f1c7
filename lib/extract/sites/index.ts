import type { SiteAdapter } from '../types';
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { smartrecruiters } from './smartrecruiters';
import { workday } from './workday';

/** Every site adapter, tried in order. Adding a site means adding one file here and its fixtures. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [greenhouse, linkedin, indeed, workday, glassdoor, lever, ashby, smartrecruiters];
