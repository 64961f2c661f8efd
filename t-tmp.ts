import { parseHtml } from "@/lib/import/html";
import { fixtureText } from "@/lib/import/fixtures";
const d = parseHtml(fixtureText("article.html"));
console.log(d.title); for (const b of d.blocks) console.log(b.block, JSON.stringify(b.text.slice(0, 70)));
