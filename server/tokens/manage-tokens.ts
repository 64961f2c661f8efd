import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { invalidateToken } from "@/server/auth/token-actor";
import { hashToken } from "@/server/auth/token-hash";
import { db } from "@/server/db";
import type { TokenView } from "@/lib/api-types";
import { createTokenBody } from "@/lib/api/bodies";

export { createTokenBody };

export type { TokenView };

/** Creates a personal API token. The token itself is returned once and only its hash is stored. */
export async function createToken(userId: number, name: string): Promise<{ token: string; view: TokenView }> {
  const token = `rl_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
  });
  return { token, view: toView(row) };
}

export async function listTokens(userId: number): Promise<TokenView[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { id: "desc" } });
  return rows.map(toView);
}

/** Revokes one of the actor's own tokens; revoking twice is harmless. */
export async function revokeToken(actor: Actor, tokenId: number): Promise<void> {
  const row = await db.apiToken.findUnique({ where: { id: tokenId } });
  if (!row || row.userId !== actor.id) throw new AppError("not_found", `You have no token with id ${tokenId}.`);
  if (!row.revokedAt) await db.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
  invalidateToken(row.tokenHash);
}

function toView(row: { id: number; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): TokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
