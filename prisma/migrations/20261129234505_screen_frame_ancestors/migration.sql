-- AlterTable
ALTER TABLE "ScreenDefaults" ADD COLUMN     "frameAncestors" TEXT[] DEFAULT ARRAY[]::TEXT[];


-- Every entry is an https origin as lib/contacts/embed-schema.ts normalizes it (lowercase
-- host, optional port, no path): the modal's CSP frame-ancestors is built from these
-- (issue 10), so a space, a quote or a keyword must never reach it.
ALTER TABLE "ScreenDefaults" ADD CONSTRAINT "ScreenDefaults_frameAncestors_origins"
  CHECK (array_to_string("frameAncestors", ' ') ~ '^(https://[a-z0-9.-]+(:[0-9]{1,5})?( https://[a-z0-9.-]+(:[0-9]{1,5})?)*)?$');
