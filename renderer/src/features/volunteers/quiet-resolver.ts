import type { FieldValues, Resolver } from 'react-hook-form';

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A copy of `errors` without the one at `path` (nested objects along the path are copied, not changed). */
function without(errors: Record<string, unknown>, path: string): Record<string, unknown> {
  const [head = '', ...rest] = path.split('.');
  if (!(head in errors)) return errors;
  const copy = Object.fromEntries(Object.entries(errors).filter(([k]) => k !== head));
  const inner = errors[head];
  if (rest.length > 0 && inner !== null && typeof inner === 'object') {
    const kept = without(inner as Record<string, unknown>, rest.join('.'));
    if (Object.keys(kept).length > 0) copy[head] = kept;
  }
  return copy;
}

/** A resolver that keeps quiet about empty fields, and the call that ends the quiet. */
export interface QuietResolver<In extends FieldValues, Ctx, Out> {
  resolver: Resolver<In, Ctx, Out>;
  /** Call when the form is first submitted: from then on every error shows. */
  submitted(): void;
}

/**
 * Wraps a resolver so that leaving an empty field says nothing until the form was first submitted:
 * a person tabbing through is not told off for what they have not typed yet, while a wrong value
 * (an ID number one digit short) is still flagged as soon as the field is left. Keep one per form
 * (useMemo), since it remembers the first submit.
 *
 * @example
 * const quiet = useMemo(() => quietUntilSubmitted(zodResolver(schema)), [schema]);
 * useForm({ resolver: quiet.resolver, mode: 'onTouched' });
 * <form onSubmit={(e) => { quiet.submitted(); void submit(e); }}>
 */
export function quietUntilSubmitted<In extends FieldValues, Ctx, Out>(
  resolver: Resolver<In, Ctx, Out>,
): QuietResolver<In, Ctx, Out> {
  let submitted = false;
  return {
    submitted: () => {
      submitted = true;
    },
    resolver: async (values, context, options) => {
      const result = await resolver(values, context, options);
      if (submitted || !options.names) return result;
      let errors = result.errors as Record<string, unknown>;
      for (const name of options.names) if (isEmpty(at(values, name))) errors = without(errors, name);
      return { ...result, errors } as typeof result;
    },
  };
}
