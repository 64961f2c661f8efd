import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { articleQuality } from "@/server/quality/article-quality";

export const GET = apiRoute(contract.articleQuality, "article:read", async ({ params }) => articleQuality(idParam(params.id, "article")));
