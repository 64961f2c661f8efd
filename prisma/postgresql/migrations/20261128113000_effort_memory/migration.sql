-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "mtEngine" TEXT;

-- CreateTable
CREATE TABLE "EditVisit" (
    "id" SERIAL NOT NULL,
    "clientId" TEXT NOT NULL,
    "sentenceId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "activeMs" INTEGER NOT NULL,
    "letters" INTEGER NOT NULL DEFAULT 0,
    "digits" INTEGER NOT NULL DEFAULT 0,
    "whitespace" INTEGER NOT NULL DEFAULT 0,
    "symbols" INTEGER NOT NULL DEFAULT 0,
    "navigation" INTEGER NOT NULL DEFAULT 0,
    "erase" INTEGER NOT NULL DEFAULT 0,
    "copy" INTEGER NOT NULL DEFAULT 0,
    "cut" INTEGER NOT NULL DEFAULT 0,
    "paste" INTEGER NOT NULL DEFAULT 0,
    "undo" INTEGER NOT NULL DEFAULT 0,
    "pauses300" INTEGER NOT NULL DEFAULT 0,
    "pauses1000" INTEGER NOT NULL DEFAULT 0,
    "mtWords" INTEGER NOT NULL,
    "mtChars" INTEGER NOT NULL,
    "origin" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryEntry" (
    "id" SERIAL NOT NULL,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "mtHash" TEXT NOT NULL,
    "mtText" TEXT NOT NULL,
    "correction" TEXT NOT NULL,
    "tokens" INTEGER NOT NULL,
    "mtWords" INTEGER NOT NULL,
    "edits" INTEGER NOT NULL,
    "refWords" INTEGER NOT NULL,
    "hter" DOUBLE PRECISION NOT NULL,
    "sentenceId" INTEGER,
    "articleId" INTEGER,
    "authorId" INTEGER,
    "origin" TEXT NOT NULL DEFAULT 'EDIT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FixOccurrence" (
    "id" SERIAL NOT NULL,
    "sentenceId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "fromText" TEXT NOT NULL,
    "toText" TEXT NOT NULL,

    CONSTRAINT "FixOccurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnedFix" (
    "id" SERIAL NOT NULL,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "fromText" TEXT NOT NULL,
    "toText" TEXT NOT NULL,
    "articles" INTEGER NOT NULL DEFAULT 0,
    "editors" INTEGER NOT NULL DEFAULT 0,
    "promotedAt" TIMESTAMP(3),
    "promotedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnedFix_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EditVisit_articleId_startedAt_idx" ON "EditVisit"("articleId", "startedAt");

-- CreateIndex
CREATE INDEX "EditVisit_startedAt_idx" ON "EditVisit"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EditVisit_authorId_clientId_key" ON "EditVisit"("authorId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryEntry_sentenceId_key" ON "MemoryEntry"("sentenceId");

-- CreateIndex
CREATE INDEX "MemoryEntry_sourceLang_targetLang_mtHash_idx" ON "MemoryEntry"("sourceLang", "targetLang", "mtHash");

-- CreateIndex
CREATE INDEX "MemoryEntry_sourceLang_targetLang_tokens_idx" ON "MemoryEntry"("sourceLang", "targetLang", "tokens");

-- CreateIndex
CREATE INDEX "MemoryEntry_articleId_idx" ON "MemoryEntry"("articleId");

-- CreateIndex
CREATE INDEX "FixOccurrence_sourceLang_targetLang_fromText_toText_idx" ON "FixOccurrence"("sourceLang", "targetLang", "fromText", "toText");

-- CreateIndex
CREATE UNIQUE INDEX "FixOccurrence_sentenceId_fromText_toText_key" ON "FixOccurrence"("sentenceId", "fromText", "toText");

-- CreateIndex
CREATE INDEX "LearnedFix_sourceLang_targetLang_articles_idx" ON "LearnedFix"("sourceLang", "targetLang", "articles");

-- CreateIndex
CREATE UNIQUE INDEX "LearnedFix_sourceLang_targetLang_fromText_toText_key" ON "LearnedFix"("sourceLang", "targetLang", "fromText", "toText");

-- AddForeignKey
ALTER TABLE "EditVisit" ADD CONSTRAINT "EditVisit_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditVisit" ADD CONSTRAINT "EditVisit_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditVisit" ADD CONSTRAINT "EditVisit_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

