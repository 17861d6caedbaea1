/**
 * The property test's own record of every write the desks made, field by field: the value written
 * (its token), which desk wrote it at which step, and the value it replaced at that desk (its parent).
 * A value is legitimately gone only when a later write was made on top of it (it is an ancestor of
 * what is there now) or staff saw it in a conflict; any other disappearance is a lost write.
 */

type Row = Record<string, unknown>;

export interface Write {
  table: string;
  key: string;
  field: string;
  token: string;
  parent: string | null;
  step: number;
  deskId: string;
  /** The whole row as the desk held it right after the write. */
  row: Row;
}

/** The token of a field's value: values are unique per row and field (names, times carry the step). */
export const tokenOf = (value: unknown): string => JSON.stringify(value ?? null);

export function createLedger() {
  /** `table|key` → field → token → write. */
  const writes = new Map<string, Map<string, Map<string, Write>>>();
  const fieldsOf = (table: string, key: string) => {
    const id = `${table}|${key}`;
    let fields = writes.get(id);
    if (!fields) writes.set(id, (fields = new Map()));
    return fields;
  };
  const tokensOf = (table: string, key: string, field: string) => {
    const fields = fieldsOf(table, key);
    let tokens = fields.get(field);
    if (!tokens) fields.set(field, (tokens = new Map()));
    return tokens;
  };

  /** The token and every value it was written on top of, at whichever desk. */
  const ancestry = (table: string, key: string, field: string, token: string): Set<string> => {
    const tokens = tokensOf(table, key, field);
    const seen = new Set<string>();
    let at: string | null = token;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      at = tokens.get(at)?.parent ?? null;
    }
    return seen;
  };

  return {
    /** Records what a desk's write changed in `fields`, from the row before (undefined: new) and after. */
    record(
      table: string,
      before: Row | undefined,
      after: Row,
      fields: readonly string[],
      step: number,
      deskId: string,
    ) {
      const key = String(after['id']);
      for (const field of fields) {
        const token = tokenOf(after[field]);
        if (before && token === tokenOf(before[field])) continue;
        const tokens = tokensOf(table, key, field);
        if (tokens.has(token)) throw new Error(`the test wrote ${table}|${key}.${field}=${token} twice`);
        const parent = before ? tokenOf(before[field]) : null;
        tokens.set(token, { table, key, field, token, parent, step, deskId, row: after });
      }
    },

    /** Every row the test wrote, as [table, key]. */
    rows: (): [string, string][] => [...writes.keys()].map((id) => id.split('|') as [string, string]),

    /** The write that put `token` into the field, if the test made it. */
    writeOf: (table: string, key: string, field: string, token: string): Write | undefined =>
      tokensOf(table, key, field).get(token),

    /** The values of a field no later write was made on top of. */
    heads(table: string, key: string, field: string): string[] {
      const tokens = tokensOf(table, key, field);
      const parents = new Set([...tokens.values()].map((w) => w.parent));
      return [...tokens.keys()].filter((t) => !parents.has(t));
    },

    /**
     * The writes to the row that are neither behind its final value nor behind a value some conflict kept
     * (`kept`: each conflict version's value, whole rows or only the clashing fields).
     */
    lost(table: string, key: string, final: Row, kept: readonly Row[]): Write[] {
      const missing: Write[] = [];
      for (const [field, tokens] of fieldsOf(table, key)) {
        const reached = ancestry(table, key, field, tokenOf(final[field]));
        for (const v of kept) {
          if (field in v) for (const t of ancestry(table, key, field, tokenOf(v[field]))) reached.add(t);
        }
        for (const w of tokens.values()) if (!reached.has(w.token)) missing.push(w);
      }
      return missing;
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
