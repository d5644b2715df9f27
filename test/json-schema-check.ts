// A small checker of JSON values against the JSON Schema subset our OpenAPI
// document uses ($ref, allOf, anyOf, type, enum, required, properties,
// additionalProperties: false, items). It returns every problem with its path,
// so a test failure says which declared property a response lacks.
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function checkSchema(value: unknown, schema: Schema, root: Schema, path = "$"): string[] {
  if (typeof schema.$ref === "string") {
    const target = schema.$ref.replace(/^#\//, "").split("/").reduce<unknown>((node, part) => (node as Schema)?.[part], root);
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    return checkSchema(value, target as Schema, root, path);
  }
  const problems: string[] = [];
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) problems.push(...checkSchema(value, part, root, path));
  if (schema.anyOf) {
    const results = (schema.anyOf as Schema[]).map((s) => checkSchema(value, s, root, path));
    if (!results.some((r) => r.length === 0)) problems.push(...results.flat());
  }
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string | string[]);
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) return [...problems, `${path}: ${actual}, expected ${types.join("|")}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) problems.push(`${path}.${key}: missing (required)`);
    for (const [key, child] of Object.entries(properties)) if (key in object) problems.push(...checkSchema(object[key], child, root, `${path}.${key}`));
    if (schema.additionalProperties === false)
      for (const key of Object.keys(object)) if (!(key in properties)) problems.push(`${path}.${key}: not declared`);
  }
  if (typeOf(value) === "array" && schema.items) (value as unknown[]).forEach((item, i) => problems.push(...checkSchema(item, schema.items as Schema, root, `${path}[${i}]`)));
  return problems;
}
