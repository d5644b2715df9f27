import { BaseSequencer, type TestSpecification } from "vitest/node";

// The integration files share one database and run one after another (vitest.config.mts),
// so a file that needs the database as the seed leaves it must come before the files that
// publish more. Vitest's own order depends on its cache of durations and on file sizes:
// these files run first, in this order, and every other file after them in vitest's order.
// - the seed's own checks count what the seed published;
// - the listing's filters expect exactly the seeded notices to stop a payment method;
// - the nginx export test exports "the window in force, else the next one": no other
//   file's window may be in force or start before its own (the listing's start in 300 h).
const FIRST = ["prisma/seed.int.test.ts", "lib/notices/listing/listing.int.test.ts", "lib/maintenance/export/nginx.int.test.ts"];

const rank = (file: TestSpecification) => FIRST.findIndex((name) => file.moduleId.replaceAll("\\", "/").endsWith(name));

export class SeededFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const first = files.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...first, ...(await super.sort(files.filter((f) => rank(f) < 0)))];
  }
}
