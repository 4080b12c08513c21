/** Fills `{name}` placeholders of a message; an unknown placeholder stays visible so a test catches it. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
