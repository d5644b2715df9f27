// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Refuse to start without the session secret rather than fail at the first sign-in
  // (lib/auth/secret.ts; local installs get one from scripts/lib/auth-secret.mjs).
  const { refuseToStartWithoutSecret } = await import("@/lib/auth/secret");
  refuseToStartWithoutSecret();
  const { startFreshnessLoop } = await import("@/lib/freshness/loop");
  startFreshnessLoop();
}
