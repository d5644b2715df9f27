/** A record's fields as a form's default values: null shown empty, lists one per line, dates left out. */
export function formValues(row: object): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(row)) {
    if (value === null || value === undefined) values[name] = "";
    else if (Array.isArray(value)) values[name] = value.join("\n");
    else if (typeof value === "string" || typeof value === "number") values[name] = String(value);
  }
  return values;
}
