import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * Puts the problems a repository refused a save for back at their fields, so the desk sees each message
 * where it typed and nothing typed is lost.
 */
export function showProblems<V extends FieldValues>(
  setError: UseFormSetError<V>,
  problems: Partial<Record<string, string>>,
): void {
  for (const [field, message] of Object.entries(problems)) {
    if (message) setError(field as Path<V>, { message });
  }
}
