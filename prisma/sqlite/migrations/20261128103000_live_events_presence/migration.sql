-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "sentenceId" INTEGER,
    "version" INTEGER,
    "targetId" INTEGER,
    "actorId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Presence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "tabId" TEXT NOT NULL,
    "sentenceId" INTEGER,
    "seenAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "LiveEvent_articleId_id_idx" ON "LiveEvent"("articleId", "id");

-- CreateIndex
CREATE INDEX "Presence_articleId_seenAt_idx" ON "Presence"("articleId", "seenAt");

-- CreateIndex
CREATE UNIQUE INDEX "Presence_articleId_userId_tabId_key" ON "Presence"("articleId", "userId", "tabId");

