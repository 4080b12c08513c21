/**
 * A staff member as an option of a "who" filter: the name and the role, and the e-mail too when another
 * member has the same name (so two people called "Alex Martin" are never one choice twice).
 */
export function staffChoiceLabel(
  m: { id: string; name: string; email: string; role: string },
  all: readonly { id: string; name: string }[],
  roles: Record<string, string>,
): string {
  const role = roles[m.role] ?? m.role;
  const key = m.name.trim().toLocaleLowerCase();
  const namesake = all.some((o) => o.id !== m.id && o.name.trim().toLocaleLowerCase() === key);
  return namesake ? `${m.name} (${role}, ${m.email})` : `${m.name} (${role})`;
}
