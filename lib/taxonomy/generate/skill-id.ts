/**
 * A skill id from its name: lowercase ASCII words joined by hyphens ("Microsoft Dynamics GP" →
 * "microsoft-dynamics-gp", "C++ Builder" → "c-plus-plus-builder"). The same name always gives the same
 * id, so regenerating from a newer release keeps the ids people's profiles already hold.
 */
export function skillIdOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
