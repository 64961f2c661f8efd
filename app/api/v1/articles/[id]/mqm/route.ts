import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { articleMqm } from "@/server/annotations/article-mqm";

export const GET = apiRoute(contract.articleMqm, "article:read", async ({ params }) => articleMqm(idParam(params.id, "article")));
