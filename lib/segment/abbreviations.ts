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

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

// Abbreviations shared by all Latin-script languages handled here.
const sharedNumeric = "n° nº no nos nr nro núm num p pp art arts vol vols fig figs ch chap sec para";
const sharedOther = "a.m p.m ca cf e.g i.e etc vs viz approx dept inc ltd corp co u.s u.s.a u.k e.u u.n";

const EN: LanguageData = {
  prepositive: words(`
    mr mrs ms mssrs messrs dr prof rev hon gen sen rep gov pres capt cmdr col lt maj sgt cpl adm gov supt insp
    mt st e.g i.e cf vs viz approx`),
  numeric: words(`${sharedNumeric} tel ext op pt`),
  other: words(`${sharedOther}
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
    u.a u.a.m usw s.o s.u mio mrd tsd jh jhd str gmbh e.v chr v.chr n.chr i.a a.d o.ä u.ä d.ä
    jan feb febr mär apr jun jul aug sep sept okt nov dez`),
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
    janv févr fév avr juil sept oct nov déc`),
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
    etc ee.uu eeuu aprox admón avda c.v cía s.a s.l ud uds vd vds a.c d.c
    ene feb abr jun jul ago sep sept oct nov dic`),
  starters: words(`
    el la los las lo un una unos unas este esta estos estas ese esa eso esto él ella ellos ellas yo tú usted nosotros
    pero y o e ni sin porque aunque cuando si como donde mientras luego después antes además también entonces sin embargo
    en con por para de desde hasta sobre tras según durante hoy ayer mañana no se le les su sus mi mis nuestro nuestra
    qué quién cómo cuándo dónde cuál por qué`),
  prepositions: words("a en desde hasta antes después durante hacia tras"),
  months: words(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene feb mar abr jun jul ago sep sept oct nov dic",
  ),
  ordinalDot: false,
};

const LANGUAGES: Readonly<Record<string, LanguageData>> = { en: EN, de: DE, fr: FR, es: ES };

/** The word lists for a BCP 47 tag ("de-AT" uses German); English for languages without lists. */
export function languageData(lang: string): LanguageData {
  if (lang === "en") return EN;
  const base = lang.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES[base] ?? EN;
}
