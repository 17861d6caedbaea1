// semver and js-yaml ship no types and @types/* for them are not installed: declare only what the tooling
// tests call.
declare module 'semver' {
  export function satisfies(version: string, range: string): boolean;
  export function minVersion(range: string): { version: string } | null;
  export function validRange(range: string): string | null;
}

declare module 'js-yaml' {
  export function load(text: string): unknown;
}
