export * from './base';
export * from './places';
export * from './people';
export * from './documents';
export * from './admin';
export * from './practice';
