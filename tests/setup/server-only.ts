// What `import "server-only"` is on the server under Next (next/dist/compiled/server-only/empty):
// nothing. vitest.config.ts points the import here, because tests run server modules directly.
export {};
