// Per-language word lists for the sentence segmenter. Entries are lower case, without the final full stop
// ("u.s" for "U.S.", "z.b" for "z.B.").

export interface LanguageData {
  /** Titles and words that are never the last word of a sentence ("Mr.", "e.g."): always joined. */
  prepositive: ReadonlySet<string>;
  /** Abbreviations that stand before a number ("No. 5", "p. 55"): joined when a digit follows. */
  numeric: ReadonlySet<string>;
  /** Other abbreviations ("Co.", "U.S.", "etc."): joined unless the next word starts a new sentence. */
  other: ReadonlySet<string>;
  /** Capitalised words that usually start a sentence (compared in lower case). */
  starters: ReadonlySet<string>;
  /** Prepositions that open an introductory phrase ("At 5 a.m. Mr. Smith …"). */
  prepositions: ReadonlySet<string>;
  /** Month names and abbreviations (a day number with a full stop before them is not a sentence end). */
  months: ReadonlySet<string>;
  /** A number with a full stop before a capitalised word is an ordinal ("am 3. Oktober", "im 19. Jahrhundert"). */
  ordinalDot: boolean;
}

import { cldrAbbreviations } from "./cldr-suppressions";

const words = (list: string, ...more: string[][]): Set<string> => new Set([...list.trim().split(/\s+/).filter((w) => w !== ""), ...more.flat()]);

// Abbreviations shared by all Latin-script languages handled here.
const sharedNumeric = "n° nº no nos nr nro núm num p pp art arts vol vols fig figs ch chap sec para";
const sharedOther = "a.m p.m ca cf e.g i.e vs viz approx dept inc ltd corp co u.s u.s.a u.k e.u u.n";

const EN: LanguageData = {
  prepositive: words(`
    mr mrs ms mssrs messrs dr prof rev hon gen sen rep gov pres capt cmdr col lt maj sgt cpl adm gov supt insp
    mt st e.g i.e cf vs viz approx`),
  numeric: words(`${sharedNumeric} tel ext op pt`),
  other: words(`${sharedOther} etc
    jr sr esq est bros assn ave blvd rd hwy dist mfg bldg univ natl intl govt dept div
    jan feb apr jun jul aug sep sept oct nov dec tue tues thu thur thurs fri
    al eds trans misc hr hrs mins secs yr yrs wk wks ft lb lbs oz qt km kg
    a.d b.c b.a m.a b.sc ph.d m.d d.c l.a n.y`),
  starters: words(`
    a an the this that these those there here it its he she they we i you his her their our my your
    what when where who whom whose why how which however but and or so yet then thus hence also still
    if as at in on for from by to with after before while although though because since unless until
    did do does is are was were has have had can could will would should may might must shall being
    some many most all any each every both few several no not now today meanwhile moreover furthermore
    millions thousands more such one two three nevertheless instead indeed finally first second later`),
  prepositions: words("at in on by before after until till from since during around about"),
  months: words(
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
  ),
  ordinalDot: false,
};

const DE: LanguageData = {
  prepositive: words(`hr hrn fr frl dr prof dipl ing mag z.b d.h bzw vgl sog ca evtl ggf z.t u.u`),
  numeric: words(`${sharedNumeric} s abs bd hft lfd tab ziff`),
  other: words(`${sharedOther}
    etc u.a u.a.m usw s.o s.u mio mrd tsd jh jhd str gmbh e.v chr v.chr n.chr i.a a.d o.ä u.ä d.ä
    jan feb febr mär apr jun jul aug sep sept okt nov dez`, cldrAbbreviations("de", ["so", "am", "test", "best", "max", "min", "alt", "port", "int", "ben", "mod", "temp", "pin", "trans"])),
  starters: words(`
    der die das den dem des ein eine einer eines einem einen er sie es wir ich ihr du man dies diese dieser dieses
    aber und oder doch denn so dann da dort hier auch noch nun jetzt heute zudem außerdem allerdings jedoch trotzdem
    wie was wer wo wann warum weshalb welche welcher welches wenn als ob weil obwohl nachdem bevor während
    im in am an auf aus bei mit nach von vor zu zum zur für über unter gegen ohne seit bis
    sein seine ihre unser unsere mein meine kein keine nicht alle viele einige mehr
    danach dabei dadurch dafür dagegen daher damit darum deshalb deswegen dennoch später zuerst zunächst
    schließlich vielleicht inzwischen gestern morgen sonst ebenso`),
  prepositions: words("am um ab seit bis vor nach gegen an in im"),
  months: words(
    "januar jänner februar märz april mai juni juli august september oktober november dezember jan feb febr mär apr jun jul aug sep sept okt nov dez",
  ),
  ordinalDot: true,
};

const FR: LanguageData = {
  prepositive: words(`m mm mme mmes mlle mlles me mgr dr pr st ste p.ex c.-à-d cf vs`),
  numeric: words(`${sharedNumeric} n.º t éd`),
  other: words(`${sharedOther}
    av apr j.-c env cie sté ex hab p.-s
    janv févr fév avr juil sept oct nov déc`, cldrAbbreviations("fr", ["mer", "var", "all", "desc"])),
  starters: words(`
    le la les l un une des du de ce cet cette ces il elle ils elles on nous vous je tu c
    mais et ou donc or ni car alors puis ensuite enfin cependant pourtant toutefois aussi ainsi
    en dans pour par sur avec sans selon après avant depuis pendant lors quand si comme lorsque
    qui que quoi quel quelle où pourquoi comment mon ma mes son sa ses leur leurs notre nos aujourd'hui`),
  prepositions: words("à au aux en dans vers depuis avant après dès sur"),
  months: words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr fév avr juil sept oct nov déc",
  ),
  ordinalDot: false,
};

const ES: LanguageData = {
  prepositive: words(`sr sres sra sras srta srtas d dña dr dra lic lcda ing prof profa arq gral sto sta p.ej vs cf`),
  numeric: words(`${sharedNumeric} núms pág págs cap art`),
  other: words(`${sharedOther}
    ee.uu eeuu aprox admón avda c.v cía s.a s.l ud uds vd vds a.c d.c
    ene feb abr jun jul ago sep sept oct nov dic`, cldrAbbreviations("es")),
  starters: words(`
    el la los las lo un una unos unas este esta estos estas ese esa eso esto él ella ellos ellas yo tú usted nosotros
    pero y o e ni sin porque aunque cuando si como donde mientras luego después antes además también entonces sin embargo
    en con por para de desde hasta sobre tras según durante hoy ayer mañana no se le les su sus mi mis nuestro nuestra
    qué quién cómo cuándo dónde cuál por qué algunas algunos algún alguna otro otra otros otras muchos muchas cada
    todo toda todos todas ya así éste ésta este allí aquí tras`),
  prepositions: words("a en desde hasta antes después durante hacia tras"),
  months: words(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene feb mar abr jun jul ago sep sept oct nov dic",
  ),
  ordinalDot: false,
};

const IT: LanguageData = {
  prepositive: words(`sig sigg sig.ra dott dott.ssa prof avv ing on geom rag arch mons p.es cfr`),
  numeric: words(`${sharedNumeric} att n pag artt cap co comma lett v tav all`),
  other: words(`${sharedOther} ecc s.p.a s.r.l gen feb mar apr mag giu lug ago sett ott nov dic`, cldrAbbreviations("it", ["on", "all", "ver", "int", "div", "liv"])),
  starters: words(`
    il lo la i gli le l un uno una questo questa questi queste quel quella quello egli ella lui lei loro noi voi io tu
    ma e o però quindi poi anche inoltre infatti tuttavia allora così dunque se quando come dove perché mentre
    in con per da di su tra fra dopo prima oggi ieri non ci si ne nel nella nei al alla del della`),
  prepositions: words("a in da dopo prima dal entro"),
  months: words("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre gen feb mar apr mag giu lug ago set sett ott nov dic"),
  ordinalDot: false,
};

const PT: LanguageData = {
  prepositive: words(`mr mrs sr sra srs sras srta dr dra drs exmo exma ilmo ilma prof profa pe d dª v.exa p.ex`),
  numeric: words(`${sharedNumeric} n.º nºs pág págs cap art`),
  other: words(`${sharedOther} ltda s.a cia gov dep sen min`, cldrAbbreviations("pt", ["com", "end", "long", "mar", "sup", "mat", "des", "res", "rel", "fem", "rep", "est", "cat", "lit", "set", "out"])),
  starters: words(`
    o a os as um uma uns umas este esta estes estas esse essa isso isto ele ela eles elas eu tu você nós vocês
    mas e ou porém portanto pois então depois antes também ainda assim contudo entretanto se quando como onde porque
    em no na nos nas com por para de do da dos das desde até sobre segundo durante hoje ontem não há
    alguns algumas algum alguma outro outra outros outras muitos muitas cada todo toda todos todas já assim aqui ali`),
  prepositions: words("a em desde até antes depois durante"),
  months: words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro jan fev mar abr mai jun jul ago set out nov dez"),
  ordinalDot: false,
};

const RU: LanguageData = {
  prepositive: words(`г-н г-жа т.е т.к т.н т.ч напр им см ср ок`),
  numeric: words(`№ ст ч гл п пп рис табл стр с т вып в вв род ум`),
  other: words(`г т.д т.п др пр проч млн млрд трлн долл коп обл р-н пос д ж.д мин сек`, cldrAbbreviations("ru")),
  starters: words(`
    в во на и но а это он она оно они мы я ты вы его её их по с со к ко из от для при после до не как что когда где
    так также однако тем поэтому кроме затем потом сегодня вчера всё все этот эта эти тот та те там здесь`),
  prepositions: words("в во к с до после около"),
  months: words("января февраля марта апреля мая июня июля августа сентября октября ноября декабря янв февр апр авг сент окт нояб дек"),
  ordinalDot: false,
};

// Turkish: no CLDR list; titles, common abbreviations and month abbreviations from Turkish style guides
// (TDK "Kısaltmalar dizini"). A number with a full stop is an ordinal ("19. yüzyıl", "2. Dünya Savaşı").
const TR: LanguageData = {
  prepositive: words(`dr prof doç yrd av sn bkz yy vb vs mah cad sok apt`),
  numeric: words(`no nr s sf md mad yy`),
  other: words(`vb vs vd bkz age agm örn krş ltd şti a.ş t.c abd m.ö m.s`),
  starters: words(`
    bu şu o bir ve ama fakat ancak çünkü bunun şunun onun bunu şunu onu ben sen biz siz onlar
    daha sonra önce şimdi bugün dün yarın her hiç bazı çok en de da ile için gibi kadar eğer ne nasıl neden`),
  prepositions: words(""),
  months: words("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
  ordinalDot: true,
};

// Arabic, Hindi: abbreviations written with full stops ("ق.م", "د." for doctor; "डॉ." for doctor).
const AR: LanguageData = {
  prepositive: words(`د أ م.د`),
  numeric: words(`ص ج رقم`),
  other: words(`ق.م ق.هـ م.م ش.م.م إلخ`),
  starters: words(""),
  prepositions: words(""),
  months: words(""),
  ordinalDot: false,
};

const HI: LanguageData = {
  prepositive: words(`डॉ श्री श्रीमती सु प्रो मि`),
  numeric: words(`पृ सं`),
  other: words(`ई.पू ई आदि`),
  starters: words(""),
  prepositions: words(""),
  months: words(""),
  ordinalDot: false,
};

/** Chinese and Japanese end sentences with 。！？ and write no abbreviations with a full stop. */
const CJK: LanguageData = {
  prepositive: words(""),
  numeric: words(""),
  other: words(sharedOther),
  starters: words(""),
  prepositions: words(""),
  months: words(""),
  ordinalDot: false,
};

const LANGUAGES: Readonly<Record<string, LanguageData>> = { en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, ru: RU, tr: TR, ar: AR, hi: HI, zh: CJK, ja: CJK };

/** The word lists for a BCP 47 tag ("de-AT" uses German); English for languages without lists. */
export function languageData(lang: string): LanguageData {
  if (lang === "en") return EN;
  const base = lang.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES[base] ?? EN;
}
