-- CreateTable
CREATE TABLE "GlossaryImport" (
    "id" SERIAL NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryImportTerm" (
    "id" SERIAL NOT NULL,
    "importId" INTEGER NOT NULL,
    "targetId" INTEGER,
    "term" TEXT NOT NULL,
    "forbidden" TEXT NOT NULL DEFAULT '[]',
    "originalTerm" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryImportTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GlossaryImportTerm_importId_id_idx" ON "GlossaryImportTerm"("importId", "id");

-- AddForeignKey
ALTER TABLE "GlossaryImportTerm" ADD CONSTRAINT "GlossaryImportTerm_importId_fkey" FOREIGN KEY ("importId") REFERENCES "GlossaryImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

