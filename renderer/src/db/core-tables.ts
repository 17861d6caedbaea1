import type { DBCore, DBCoreTable } from 'dexie';

/**
 * The same core with `table(name)` answered once per name. Dexie asks for a table's core on every first
 * use of a table in each transaction (its hooks middleware, per write), and without this each ask
 * rebuilt every middleware's wrapper below, Dexie's own included (its virtual-index middleware
 * recomputes the table's index lookups each time). The wrappers hold no state of their own: every
 * request carries its transaction, so one object per table serves them all.
 *
 * @example
 * create: (below) => {
 *   const down = tablesOnce(below);
 *   return tablesOnce({ ...down, table: (name) => ({ ...down.table(name), mutate: guarded }) });
 * }
 */
export function tablesOnce(core: DBCore): DBCore {
  const made = new Map<string, DBCoreTable>();
  return {
    ...core,
    table: (name) => {
      let table = made.get(name);
      if (!table) {
        table = core.table(name);
        made.set(name, table);
      }
      return table;
    },
  };
}
