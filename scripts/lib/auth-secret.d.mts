// Types of auth-secret.mjs for the TypeScript tests that import it.
export function localAuthSecret(file?: string): string;
export function authSecretEnv(): { NEXTAUTH_SECRET?: string };
export function localDevelopmentPassword(file?: string): string;
