// "server-only" throws outside a React Server Components build; in Vitest the
// modules that import it run on the server anyway, so it resolves to nothing.
export {};
