-- AlterTable
ALTER TABLE "ScreenDefaults" ADD COLUMN     "errorCodePattern" TEXT NOT NULL DEFAULT '[A-Z][0-9]{9}';


-- The default error code must have the issuer's format, matched as a whole. The format is a
-- restricted regular expression (lib/catalog/error-code-format.ts: literals, classes, \d,
-- counted quantifiers) that means the same in PostgreSQL as in JavaScript.
ALTER TABLE "ScreenDefaults" ADD CONSTRAINT "ScreenDefaults_errorCode_format"
  CHECK ("errorCode" ~ ('^(?:' || "errorCodePattern" || ')$'));
