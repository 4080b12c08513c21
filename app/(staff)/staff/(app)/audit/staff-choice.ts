const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/**
 * How many members carry each name, per directory: worked out once per list (the page labels every member
 * of the same list), so labelling n members costs n, not n² comparisons.
 */
type Directory = readonly { id: string; name: string }[];
const indexes = new WeakMap<Directory, { counts: Map<string, number>; ids: Set<string> }>();
function indexOf(all: Directory) {
  let index = indexes.get(all);
  if (!index) {
    index = { counts: new Map(), ids: new Set(all.map((o) => o.id)) };
    for (const o of all) index.counts.set(nameKey(o.name), (index.counts.get(nameKey(o.name)) ?? 0) + 1);
    indexes.set(all, index);
  }
  return index;
}

/**
 * A staff member as an option of a "who" filter: the name and the role, and the e-mail too when another
 * member has the same name (so two people called "Alex Martin" are never one choice twice).
 */
export function staffChoiceLabel(
  m: { id: string; name: string; email: string; role: string },
  all: Directory,
  roles: Record<string, string>,
): string {
  const role = roles[m.role] ?? m.role;
  const key = nameKey(m.name);
  const { counts, ids } = indexOf(all);
  const namesake = (counts.get(key) ?? 0) - (ids.has(m.id) ? 1 : 0) > 0;
  return namesake ? `${m.name} (${role}, ${m.email})` : `${m.name} (${role})`;
}
