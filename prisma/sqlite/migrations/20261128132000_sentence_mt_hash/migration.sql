-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN "mtHash" TEXT;

