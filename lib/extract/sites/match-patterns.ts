import { SITE_ADAPTERS } from './index';

/** Content-script match patterns for every supported site, derived from the adapters' host lists. */
export const SUPPORTED_MATCHES: string[] = SITE_ADAPTERS.flatMap((a) => a.hosts.map((host) => `*://${host}/*`));
