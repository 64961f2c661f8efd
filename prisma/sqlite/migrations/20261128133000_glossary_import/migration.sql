-- CreateTable
CREATE TABLE "GlossaryImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "baseVersion" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "GlossaryImportTerm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importId" INTEGER NOT NULL,
    "targetId" INTEGER,
    "term" TEXT NOT NULL,
    "forbidden" TEXT NOT NULL DEFAULT '[]',
    "originalTerm" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GlossaryImportTerm_importId_fkey" FOREIGN KEY ("importId") REFERENCES "GlossaryImport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "GlossaryImportTerm_importId_id_idx" ON "GlossaryImportTerm"("importId", "id");

