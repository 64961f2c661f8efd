// Sentence-break suppressions (abbreviations after which a full stop does not end a sentence) from CLDR,
// common/segments/<lang>.xml of unicode-org/cldr, copied as published. Licence: Unicode-3.0
// (https://www.unicode.org/license.txt; CLDR data © Unicode, Inc.). Entries are separated by "|".
// CLDR has no lists for tr, ar, hi, zh or ja: see abbreviations.ts for the short lists kept here for those.

export const cldrSuppressions: Readonly<Record<string, string>> = {
  de: `Port.|Alt.|Di.|Ges.|frz.|entspr.|Gebr.|erw.|Frl.|Inh.|k.u.k.|Ca.|J.D.|Ausg.|evtl.|So.|i.B.|s.a.|kgl.|Sept.|o.B.|Sa.|ev.|Dez.|am.|i.R.|eigtl.|i.J.|u.U.|G.|z.Hd.|u.A.w.g.|Kl.|Spezif.|Obj.|Ing.|D. h.|Folg.|Akt.|i.A.|Msp.|U.U.|Chr.|R.|Einh.|schwäb.|Vgl.|Aug.|Dipl.-Ing.|W.|B.|U. U.|J.|Fa.|Mo.|n.u.Z.|Op.|Mrd.|e.h.|Hr.|Hrn.|Ztr.|k. u. k.|Bibl.|d.Ä.|b.|M.|i.H.|v.R.w.|o.A.|St.|Dr.|Fn.|Abs.|Rd.|Dtzd.|Jahrh.|Z.|Std.|n. Chr.|möbl.|tägl.|gest.|gesch.|z.B.|Hbf.|Abt.|A.M.|e.Wz.|v.T.|Nov.|z.|Prot.|U.S.|Wg.|u.v.a.|Adr.|App.|ggf.|ggfs.|Jan.|O.|Rel.|od.|Pfd.|a.a.O.|p.Adr.|P.|Gem.|v. Chr.|Art.|z.Z.|S.A.|i.V.|verh.|Ausschl.|m.W.|Dir.|Verf.|Sek.|r.|Chin.|Feb.|Int.|Sep.|Gesch.|schweiz.|Bed.|a.Rh.|jew.|vgl.|a.M.|Str.|exkl.|gek.|Erf.|u.Ä.|ehem.|näml.|u. Z.|v. u. Z.|sog.|C.|Dipl.-Kfm.|mtl.|Hrsg.|Qu.|röm.|u.|U.|Adj.|Kap.|hpts.|a.D.|gedr.|Best.|N.|v.u.Z.|Phys.|Fr.|d.J.|Reg.-Bez.|m.E.|schles.|Max.|Ltd.|südd.|inkl.|geb.|Ggf.|Inc.|kath.|kfm.|Nr.|Proz.|Dim.|verw.|Reg.|Dat.|Evtl.|led.|F.|Test.|Schr.|Do.|PIN.|Z. Zt.|v.Chr.|Tägl.|s.|amtl.|Temp.|Mind.|e.V.|Abw.|P.M.|F.f.|a.a.S.|Mod.|Co.|Min.|Allg.|Geograph.|Jr.|Urspr.|Apr.|Z. B.|v.H.|A.|einschl.|Trans.|zzgl.|StR.|Fam.|I.|jhrl.|u.a.|Ben.|o.g.|Kfm.|Konv.|Mi.|L.|beil.|T.|Ursprüngl.|röm.-kath.|Okt.|u.ä.|Tel.|D.|Ber.|Kop.|Mio.|Y.|U.S.A.|v. H.|Forts. f.|Rep.|Hptst.|österr.`,
  es: `Rdos.|JJ.OO.|Ltd.|fig.|cap.|ss.|doc.|Excmo.|Excmos.|FF.CC.|trad.|Rvdos.|ed.|Exmo.|col.|Srtas.|vid.|Sra.|ntra.|Da.|dtor.|cf.|e.g.|prov.|Emm.|Sr.|licdo.|p.ej.|bol.|figs.|Vda.|Dr.|ntro.|Reg.|O.M.|Ldo.|Drs.|Ltda.|Lcda.|Exma.|SS.MM.|Lda.|R.D.|v.gr.|vs.|Ilmas.|Rdo.|ej.|Ilmos.|Excma.|afma.|licda.|Em.|sras.|MM.|fund.|Mons.|Lcdo.|dpto.|Av.|Col.|Srta.|dptos.|D.|Rev.|Rvdmos.|Fr.|Ilmo.|afmos.|Sres.|afmas.|prof.|SS.AA.|mss.|Dña.|Rvdmo.|afmo.|ms.|Sras.|sres.|hnos.|Sta.|Sdad.|Dra.|srs.|deptos.|a.C.|bco.|Cía.|Mr.|Excmas.|Dª.|Rvdo.|d.C.|Lic.|cfr.|Corp.|Dto.|Ilma.|PP.|Exc.|Ltdo.|Mrs.|Avda.|Exmas.|mtro.|Exmos.|AA.|Sto.|depto.|c/c.`,
  fr: `aux.|config.|collab.|M.|dim.|imprim.|oct.|syst.|bull.|MM.|doc.|P.O.|hôp.|Mart.|juil.|broch.|adr.|symb.|C.|anc.|voit.|Jr.|graph.|dir.|éd.|fig.|édit.|niv.|quart.|cam.|éval.|anon.|réf.|Comm.|Prof.|févr.|indus.|DC.|équiv.|illustr.|acoust.|nov.|L.|All.|U.S.|S.M.A.R.T.|sept.|avr.|jeu.|dest.|P.-D. G.|ill.|coll.|encycl.|mer.|Desc.|ven.|P.|lun.|Inc.|sam.|D.|append.|Var.|categ.|janv.|S.A.|imm.|U.S.A.|mar.|exempl.|déc.|ann.|U.|synth.|dict.|av. J.-C.|W.|Op.|ap. J.-C.|gouv.|trav. publ.`,
  it: `N.B.|div.|a.C.|fig.|d.p.R.|c.c.p.|Cfr.|vol.|Geom.|O.d.G.|S.p.A.|ver.|N.d.A.|dott.|arch.|d.C.|N.d.T.|rag.|Sig.|Mod.|pag.|dr.|tav.|N.d.E.|DC.|mitt.|Ing.|int.|on.|C.P.|ag.|L.|U.S.|S.M.A.R.T.|p.i.|tab.|Ltd.|Liv.|D.|U.S.A.|sez.|avv.|S.A.R.|all.|p.`,
  pt: `psicol.|fig.|compl.|rep.|cap.|doc.|fisiol.|dipl.|astron.|port.|eletrôn.|geom.|mov.|ago.|trad.|arquit.|dez.|ed.|apt.|Exmo.|col.|ff.|univ.|res.|R.|transp.|D.C|l.|des.|fev.|abr.|liter.|lat.|Dir.|cf.|adm.|fot.|p.m.|P.M.|créd.|jur.|com.|anat.|dir.|end.|fís.|E.|Est.|cont.|matem.|Drs.|gên.|neol.|pág.|índ.|Ltda.|Exma.|esp.|ingl.|tecnol.|Mar.|símb.|Pe.|pal.|filos.|V.T.|fasc.|vs.|mai.|S.A.|profa.|N.Sra.|r.s.v.p.|cel.|mat.|abrev.|out.|long.|aux.|arit.|aer.|jul.|lin.|S.|méd.|odontol.|org.|A.C.|jun.|déb.|Av.|álg.|sup.|fl.|odont.|caps.|relat.|organiz.|hist.|Fr.|Ilmo.|fem.|ap.|Ltd.|pol.|séc.|prof.|cx.|nov.|quím.|mús.|agric.|mar.|W.C.|fr.|cat.|jan.|pron.|rel.|autom.|Sta.|Dra.|p.|tel.|div.|p. ex.|a.C.|bras.|Alm.|Dr.|comp.|pq.|arqueol.|náut.|biogr.|f.|círc.|fac.|d.C.|apart.|ex.|Jr.|set.|tec.|sociol.|gram.|ind.|Ilma.|vol.|eng.|rod.|Ph.D.|Dras.|pp.|elem.|máq.|cód.|eletr.|prod.|ref.|fil.|a.m.|A.M|obs.|N.T.|contab.|Sto.|lit.|educ.|desc.|próx.`,
  ru: `руб.|янв.|тел.|до н.э.|дек.|февр.|нояб.|апр.|окт.|тыс.|авг.|проф.|сент.|н.э.|кв.|ул.|отд.`,
};

/**
 * The abbreviations of a CLDR list as segmenter keys: the last word of each entry, lower case, without its
 * final full stop ("v. Chr." → "chr", "z.B." → "z.b"). Entries in `skip` (ordinary words that often end a
 * sentence, such as German "so." or "am.") are left out.
 */
export function cldrAbbreviations(lang: string, skip: readonly string[] = []): string[] {
  const list = cldrSuppressions[lang];
  if (!list) return [];
  return list
    .split("|")
    .map((entry) => (entry.trim().split(/\s+/).pop() ?? "").toLowerCase().replace(/\.$/, ""))
    .filter((key) => key !== "" && !skip.includes(key));
}
