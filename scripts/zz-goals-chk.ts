import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { roleTemplates } from '@/lib/goals/role-templates';
import { ROLES } from '@/lib/goals/roles';
const ids = new Set(loadTaxonomy().skills.map(s=>s.id));
const soft = new Set(loadTaxonomy().skills.filter(s=>s.category==='soft').map(s=>s.id));
for (const t of roleTemplates()) for (const s of t.skills) { if (!ids.has(s.id)) console.log('missing', t.roleId, s.id); if (soft.has(s.id)) console.log('soft', t.roleId, s.id); }
for (const r of ROLES) if (!roleTemplates().some(t=>t.roleId===r.id)) console.log('no template', r.id);
console.log(ROLES.length, roleTemplates().length);
