// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startFreshnessLoop } = await import("@/lib/freshness/loop");
  startFreshnessLoop();
}
