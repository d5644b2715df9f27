-- AlterTable
ALTER TABLE "Issuer" ADD COLUMN     "postalAddressEn" TEXT,
ADD COLUMN     "postalAddressJa" TEXT;

