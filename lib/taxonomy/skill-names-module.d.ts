declare module 'virtual:skill-names' {
  /** Every skill as "id\tName" lines, with a line break before the first and after the last (scripts/skill-names-plugin.ts). */
  const names: string;
  export default names;
}
