-- CreateEnum
CREATE TYPE "ConsoleLocale" AS ENUM ('ja', 'en');

-- AlterTable: the console language a staff member chose (until now an unused text
-- column, always 'ja'); converted in place, not dropped and re-added, so no row loses it
ALTER TABLE "User" ALTER COLUMN "locale" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "locale" TYPE "ConsoleLocale" USING (CASE WHEN "locale" = 'en' THEN 'en' ELSE 'ja' END)::"ConsoleLocale";
ALTER TABLE "User" ALTER COLUMN "locale" SET DEFAULT 'ja';
