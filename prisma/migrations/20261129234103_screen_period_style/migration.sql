-- Which period style the maintenance screen uses (issue 10), chosen by the admin with
-- the screen defaults and frozen with each revision's ScreenSettings (Decision 2). Every
-- screen shown so far printed the screen style (formatScreenPeriod): existing rows,
-- published ones included, get SCREEN, which is what they showed (ADD COLUMN fires no
-- row trigger, so the content guard is not involved).

-- CreateEnum
CREATE TYPE "PeriodStyle" AS ENUM ('SCREEN', 'NOTICE');

-- AlterTable
ALTER TABLE "ScreenDefaults" ADD COLUMN     "periodStyle" "PeriodStyle" NOT NULL DEFAULT 'SCREEN';

-- AlterTable
ALTER TABLE "ScreenSettings" ADD COLUMN     "periodStyle" "PeriodStyle" NOT NULL DEFAULT 'SCREEN';

