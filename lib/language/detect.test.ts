import { describe, expect, it } from "vitest";
import { detectLanguage, toBcp47 } from "./detect";

// The SCO summit story in the languages Redline reviews.
const sentences: Record<string, string> = {
  en: "The leaders of the Shanghai Cooperation Organization on Friday advocated for a dialogue with the Taliban to promote an inclusive government in Afghanistan.",
  fr: "Les dirigeants de l'Organisation de coopération de Shanghai ont plaidé vendredi pour un dialogue avec les talibans afin de favoriser un gouvernement inclusif en Afghanistan.",
  de: "Die Staats- und Regierungschefs der Shanghaier Organisation für Zusammenarbeit sprachen sich am Freitag für einen Dialog mit den Taliban aus.",
  es: "Los líderes de la Organización de Cooperación de Shanghái abogaron el viernes por un diálogo con los talibanes para promover un gobierno inclusivo en Afganistán.",
  ar: "دعا قادة منظمة شنغهاي للتعاون يوم الجمعة إلى الحوار مع حركة طالبان من أجل تشكيل حكومة شاملة في أفغانستان.",
  fa: "رهبران سازمان همکاری شانگهای روز جمعه خواستار گفت‌وگو با طالبان برای تشکیل یک دولت فراگیر در افغانستان شدند.",
  ps: "د شانګهای همکارۍ سازمان مشرانو د جمعې په ورځ له طالبانو سره د خبرو اترو غوښتنه وکړه تر څو په افغانستان کې پراخه حکومت جوړ شي.",
  ru: "Лидеры Шанхайской организации сотрудничества в пятницу выступили за диалог с талибами ради создания инклюзивного правительства в Афганистане.",
  zh: "上海合作组织领导人周五主张与塔利班对话，以促进阿富汗建立包容性政府。",
};

describe("detectLanguage", () => {
  for (const [lang, text] of Object.entries(sentences)) {
    it(`recognises ${lang}`, () => {
      const detected = detectLanguage(text);
      expect(detected?.lang).toBe(lang);
      expect(detected?.confidence).toBeGreaterThan(0.3);
      expect(detected?.confidence).toBeLessThanOrEqual(1);
    });
  }

  it("is sure of a clear paragraph", () => {
    expect(detectLanguage(`${sentences.en} The SCO wants to be a counterweight to the influence of the United States.`)?.confidence).toBe(1);
  });

  it("ignores links and e-mail addresses", () => {
    expect(detectLanguage(`${sentences.ar} https://www.example.com/news/world/asia-taliban-sco-summit contact@example.com`)?.lang).toBe("ar");
  });

  it("does not guess on text too short to tell", () => {
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("Hello there")).toBeNull();
    expect(detectLanguage("12.09.2021 — 3,500")).toBeNull();
  });

  it("maps ISO 639-3 codes to BCP-47", () => {
    expect(["eng", "pes", "pbu", "cmn", "arb", "prs", "ceb"].map(toBcp47)).toEqual(["en", "fa", "ps", "zh", "ar", "fa-AF", "ceb"]);
  });
});
