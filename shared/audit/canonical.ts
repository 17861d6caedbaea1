/**
 * One text for a value, whatever order its keys were written in: keys sorted, no spaces, `undefined`
 * members left out as JSON does. The audit chain hashes this text, so the same stored row always gives
 * the same hash after a round trip through IndexedDB or a backup file.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null, undefined] }) // => '{"a":[true,null,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, false) ?? 'null';
}

function write(value: unknown, inObject: boolean): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'undefined':
    case 'function':
    case 'symbol':
      return inObject ? undefined : 'null';
    default:
      break;
  }
  if (value instanceof Date)
    return JSON.stringify(Number.isNaN(value.getTime()) ? null : value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => write(item, false) ?? 'null').join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const text = write(record[key], true);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
