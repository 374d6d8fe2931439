// Vitest runs server modules directly; the real package throws outside React's server build.
export {};
