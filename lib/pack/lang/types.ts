/**
 * One language module per language: how the names of that language behave. Each derives, by rule, the
 * written forms of a name in its role; an agglutinative language may instead give suffix grammars that
 * the matcher checks after a name (compiled to small automata, see suffixes.ts). Adding a language is one
 * module and one line in index.ts.
 */

/** What a name is to its entity; the forms a language derives depend on it. */
export type Role =
  /** A proper name (Azerbaijan, Екатеринбург, Alexei Overchuk): its cases, never a plural. */
  | 'name'
  /** A person's name (Гусейн Сафаров): as `name`, and where a language says so, with a family name shared by
   * siblings named together («Зияддина и Гусейна Сафаровых»). */
  | 'person'
  /** A family name alone: read as one bearer (ambiguous between them); its plural is the family. */
  | 'family'
  /** An adjective made from the name (Azerbaijani, азербайджанский): every gender, number and case. */
  | 'adjective'
  /** A word for the people (Azerbaijanis, азербайджанец, azərbaycanlı): singular and plural, every case. */
  | 'demonym'
  /** A common noun or phrase (an event's head: raid, облава, əməliyyat): singular and plural, every case. */
  | 'noun'
  /** A verb's stem, any ending (Azerbaijani döyül-, öldürül-): for claim cues. */
  | 'stem';

/** A written form: lower-case text with single spaces; with a suffix grammar, the suffixes that may follow. */
export interface Form {
  text: string;
  /** The suffix grammar's name (a key of some language's `grammars`), or none: the form ends the word. */
  grammar?: string;
  /** The plural of a family name: the family, not one bearer. */
  familyPlural?: boolean;
}

/** A suffix grammar as a language writes it: ordered slots of suffix templates (see suffixes.ts). */
export interface SuffixRules {
  /** Lower-case vowels by harmony class, 1-based (class 0: no vowel). */
  vowels: string[];
  /** Letters folded before suffixes are compared (so a text typed without diacritics still reads). */
  fold: Record<string, string>;
  /** For each class, the class a harmonising letter takes and what A and I become. */
  harmony: Record<'A' | 'I', string[]>;
  /**
   * Slots in order; each is optional unless `required`; a template's `(x)` is used only after a vowel.
   * One slot of the template '*' takes any continuation: for a verb's stem, whose endings are many.
   */
  slots: { templates: string[]; required?: boolean; after?: number[] }[];
}

export interface Language {
  /** ISO 639-1 code, as packs write it. */
  code: string;
  /** The written forms of a name in a role. */
  forms(name: string, role: Role): Form[];
  /** Suffix grammars this language's forms refer to, by name. */
  grammars?: Record<string, SuffixRules>;
  /**
   * Words that, capitalised next to a name, leave it the name: titles (President, генпрокурор, Prezident)
   * and words that open a sentence (But, Однако, Lakin). Any other capitalised word before a family name
   * makes it someone else's ("Ramiz Aliyev"), and beside a place makes a longer name ("Baku Plaza").
   */
  titles: string[];
  /**
   * How its letters are romanised for the transliteration key (lib/shared/key.ts), lower case: letters
   * outlets spell differently meet (Russian г and х → h, Azerbaijani ç → ch). Letters not given stay as
   * they are after case and diacritics are folded.
   */
  romanise?: Record<string, string>;
  /** Words by which a sentence reports what someone says (said, по данным, görə): it attributes a claim. */
  attribution: string[];
  /** Words by which a sentence reports a denial (denied, отверг, rədd edib): it denies a claim. */
  denial: string[];
  /** Words that negate a claim said next to them (not, не, deyil): "were not beaten" denies the beating. */
  negation: string[];
  /**
   * Negations that reach only forward, to what follows them (without, без: "died of heart failure without any sign of violence"):
   * one after a cue does not negate it. Each is one of `negation` too.
   */
  forwardNegation?: string[];
  /**
   * Where a verb carries its own negation inside the word (Azerbaijani döyülməyib, aşkarlanmadığını): the
   * negative affixes, lower case, and the letters that tell a sentence is in this language (ə). A lower-case
   * word at or next to a claim's cue that holds an affix after its first three letters (a long one, of four or more, after two: öl-mədiyini) negates the cue.
   * A word of denial that holds one carries its own negation: a negative pronoun before it agrees with it, and negates no denial ("heç
   * bir əsas görmürəm", I see no ground at all). `denials`: negative endings that end other words too (the aorist's -maz, -məz: bilməz,
   * but çatışmazlıq), read only inside a word of denial ("Heç kim bizi inandıra bilməz", no one can convince us).
   */
  negativeAffixes?: { affixes: string[]; letters: string; denials?: string[] };
  /**
   * Nouns for an account someone gives (version, версия, izahat): beside a cue ("the heart-attack version")
   * they report the claim, and on a page about the incident they put its sentence in scope.
   */
  claimNouns: string[];
  /**
   * Words that point back, said before a claim noun ("that version", «эту версию», "bu izahı"): the account is the
   * one the sentence before gave, so a sentence that rejects it takes that sentence's side.
   */
  demonstratives: string[];
  /**
   * Nouns for a charge or statement someone makes (allegation, обвинение, iddia): pointed back to ("these
   * allegations", «эти обвинения», "bu iddia") they too are the account the sentence before gave. Unlike
   * claimNouns they put no sentence in scope (a rights group's allegations of torture are about no one case).
   */
  charges: string[];
  /**
   * Pronouns that point back to the account the sentence before gave, standing alone: `last` where they end the
   * sentence ("nobody is buying that"), `object` (object forms) right before its word of saying or denial
   * («Баку это отрицает», "Bakı bunu rədd edir"). Neither counts opening a sentence ("That said, …").
   */
  pointers: { last: string[]; object: string[] };
  /**
   * Phrases in which the outlet speaks for itself ("let us recall", «напомним», "Qeyd edək ki"): a word of saying
   * inside one reports no one else's account. So do a source's wish not to be named and being called to account
   * ("has been held responsible for", «ответил за»), and a negation right before one negates the phrase, not a claim.
   */
  ownVoice: string[];
  /**
   * Words that, opening a sentence beside a party, give what follows as that party's view ("For Baku, the men were
   * tortured", «Для Москвы …», "Bakı üçün …").
   */
  viewpoint?: string[];
  /**
   * Pronouns for people (they, они, onlar) in their forms: opening a paragraph on a page about an incident, a few words
   * before a claim's cue, they stand for the incident's people ("They were beaten, and they died of it.").
   */
  people?: string[];
  /** Relative pronouns ("a version that …", «версия, которую …»): after a noun of account they open what is said of it. */
  relatives?: string[];
  /**
   * Words that, in a lead-in before a colon, say that what follows has nothing to do with the story ("Unrelated: a fan who
   * suffered a heart attack …", «Вне связи с делом Сафаровых: …», "Səfərovlar işi ilə bağlı deyil: …"): no cue after it counts.
   */
  unrelated?: string[];
  /**
   * People a cue of violence or death may be about who are not the incident's people, standing right beside the cue as its
   * object or subject ("police beating demonstrators", «избивают протестующих», "etirazçıları döyüb"): that cue is theirs.
   */
  otherVictims?: string[];
  /**
   * Participles of denying or saying that open a phrase subordinate to the main clause: opening the sentence up to its first comma
   * ("Rejecting …, Russian investigators repeated …", «Отвергая …, …»), or, in a language that puts its verb last, closing the phrase
   * before its subject ("… rədd edən Rusiya müstəntiqləri …"). A cue in that phrase gives way to the main clause's cue of the other side,
   * and the phrase's words of denial or saying are not the main clause's.
   */
  participles?: string[];
  /**
   * Words that speak of custody in general: places of detention named in the plural (prisons, penal colonies, колониях,
   * təcridxanalarında) and its harms counted as a kind (deaths in custody, complaints of torture, жалобы на пытки). A sentence that
   * holds one speaks in general ("complaints of torture in penal colonies", "deaths in custody are often put down to heart failure"),
   * so its cues count only where the incident or its people are named before that word.
   */
  general?: string[];
  /**
   * A word of fact that opens an apposition after a cue ("…, a fact Baku would rather ignore", «… — это установленный факт, …»):
   * the outlet holds the cue true; a denial after it is someone's refusal of the fact, not a report of a denial.
   */
  facts?: string[];
  /**
   * Nouns for who speaks (side, investigation, следствие, istintaq): a headline's lead-in of a word or two that ends in one, before
   * a colon ("Russian side: heart attack killed one of the brothers", «Следствие: …»), gives what follows as its account.
   */
  sources?: string[];
  /**
   * Words that speak of many cases or of a kind, as statistics, records and rulings do: how often (every year, for years,
   * repeatedly, as a rule, ежегодно, годами, неоднократно, hər il, illərdir, dəfələrlə), how many (hundreds of, десятки,
   * yüzlərlə), statistics. A sentence that holds one speaks in general ("Rights groups say torture complaints against Russian police
   * are filed by the hundreds every year"): its cues count only where it names the incident or its people itself (a name, a word
   * for them, a pronoun for them that opens it), not where only its paragraph, a party or an account beside the cue would put it in
   * scope.
   */
  generic?: string[];
  /**
   * Words that take a count out of a group of people: the count in digits right before them (`after`: "19 of them", «19 из них») or
   * right after them (`before`: "onlardan 19-u"). A count of three or more is a share of many people, not of the incident's pair: it
   * introduces others, as a count of people does ("41 deaths in custody …", then "19 of them were officially attributed to heart
   * failure"; claims.ts). Read beside a count in digits only, never found as words.
   */
  partitives?: { after: string[]; before: string[] };
  /**
   * Words of hiding something (cover up, скрыть, ört-basdır), most of them words of denial too: an account called a cover-up is
   * denied, but a cue they have for their object, right after them (or, in a language that puts its verb last, right before), is what
   * is hidden, held true by who speaks of hiding it ("rejected the heart-attack explanation as an attempt to cover up the violence",
   * «… как попытку скрыть насилие», "… zorakılığı ört-basdır etmək cəhdi kimi rədd edib"): no denial of it, and no rival of the
   * account rejected.
   */
  concealment?: string[];
  /**
   * Words of irony that, right before a cue (quotation marks between allowed), set it at a distance as an account the outlet mocks ("We do
   * not accept that a convenient heart attack closes the file", «удобный инфаркт», "əlverişli infarkt hekayəsi"): the cue names that
   * account, which puts its sentence in scope on a page about the incident, and the sentence denies it (claims.ts). Elsewhere in the
   * sentence («удобным поводом») they say nothing.
   */
  ironic?: string[];
  /**
   * Figures of speech that hold a word of a cue but name a place or a core, not a body ("at the heart of the quarrel", «в самом
   * сердце союза», "qarşıdurmanın ürəyində"): a cue or a cue's part inside one counts only where the incident's people stand
   * right beside it (the heart of one of the brothers). So does a compound preposition that holds a cue's part («в связи с действиями
   * полиции», in connection with the police's actions: a case opened over them, not a death linked to them).
   */
  figures?: string[];
  /**
   * What makes a question ask yes or no ("Fact check: Did Russia say …?", «Правда ли, что …?», "… deyibmi?"): `openers`, words that
   * open it (or the part after a lead-in's colon or dash); `particles`, words anywhere in it; `suffixes`, endings of its last word;
   * `endings`, endings of any word in it, not only the last, that carry the particle on a predicate's or an adverb's own ending
   * ("Bakı doğrudanmı bunu deyib?", "… deyibmi, yoxsa …?"): long enough not to end plain words (rəsmi, kimi).
   * Such a question asks whether someone said something: it reports nothing (claims.ts). So does one with none of the `interrogatives`
   * (what, why, how, когда, почему, niyə, necə), which asks yes or no by its tone alone («А у кого-то из братьев раньше были проблемы с
   * сердцем?»; not one joined to another word by a hyphen, кого-то, which asks nothing), and one with a word of `choices` that asks to
   * pick one account, a noun of account in the two words after it (which, какой, hansı: "Torture or a failing heart: which story will the
   * history books keep?"; not «Какую оценку правительство дало пыткам …?», which takes the torture as given). A question that asks
   * why or how takes the account as given ("Why does Azerbaijan accuse Russia …?"). `embedded`: words that open a question asked inside a
   * sentence (whether): a cue in its clause, with no saying and no party there, reports nothing either ("whether it is also a case of
   * torture is exactly what the two governments dispute"). `rhetorical`: words that make a question that asks yes or no one that expects
   * no for its answer ("Does anyone in Moscow seriously expect Azerbaijanis to accept a heart attack as the explanation?"): it denies what
   * it asks about, whoever is named in it. `why`: words that ask why (зачем, niyə, nə üçün) that make one rhetorical where the cue or the word
   * beside it is a verb of what one would do, ending in one of `moods` (an infinitive, «Зачем полицейским пытать …?»; an optative, "Polis
   * … niyə işgəncə versin?"): why would they, asked of no one's account, expects no ("Why would the police torture …?"). `echoes`: words
   * that, after a comma, close a short question that only repeats an account ("Heart attack, really?", «Инфаркт, серьёзно?", "İnfarkt,
   * doğrudanmı?"): an echo of disbelief, which denies it.
   */
  questions?: {
    openers?: string[];
    particles?: string[];
    suffixes?: string[];
    endings?: string[];
    interrogatives?: string[];
    choices?: string[];
    embedded?: string[];
    rhetorical?: string[];
    why?: string[];
    moods?: string[];
    echoes?: string[];
  };
  /**
   * Conjunctions that open a clause of its own (and, but, though, и, но, хотя, və, lakin): a negation after a cue past one negates the
   * next clause ("… had been killed by police and would not let the matter drop"), and a saying that closes its clause before a comma
   * and one reports that clause, not a cue after it ("Neither death has been explained, though one of the men …"). Read in the gap
   * between two words only (claims.ts), never found as words.
   */
  conjunctions?: string[];
  /**
   * Words that join two names as one pair, a subject or a possessor of both ("Baku and Moscow give conflicting accounts", «версии Баку и
   * Москвы», "Bakı ilə Moskvanın versiyaları"): a noun of account that the pair owns is both sides' at once, no one side's (claims.ts).
   * Read between two names only, never found as words.
   */
  pairs?: string[];
  /** Words that offer alternatives (or, или, və ya): one after the last of a list's items closes a list of options, not a clause (claims.ts). */
  disjunctions?: string[];
  /**
   * The conjunctions that join two clauses of a sentence, as the language writes them (lower case, not folded): after a comma
   * (`afterComma`: "…, and no talk of weak hearts will change that", «…, и никакие сказки …») or on their own (Azerbaijani "… öldürüb
   * və heç bir …"). A cue's object, a saying's reach and a clause's own stance stop at one (claims.ts).
   */
  clauseJoins?: { words: string[]; afterComma: boolean };
  /** The conjunctions of "not X but Y" (but, а, но), as written: a negated cue before one gives way to the cue after it (claims.ts). */
  adversatives?: string[];
  /**
   * Words that give a noun of account its topic: right after the noun (`after`: "a statement on gas prices", «заявление о ценах на
   * газ») or, in a language that puts them after their noun, right before it (`before`: "qaz qiymətləri barədə bəyanat"). A party's
   * statement on another topic is no account of the incident. `relative`: phrases that open, after a comma, a relative clause that spells
   * out what the account holds ("Baku's account, which holds that a Russian missile hit the plane", «версия Баку, согласно которой …»).
   * Read beside the noun only (claims.ts), never found as words.
   */
  topics?: { after?: string[]; before?: string[]; relative?: string[] };
  /**
   * Conjunctions that open what a word of saying reports, right after it (that, что, ki: "Rights groups say that …", «утверждает,
   * что …», "bildirir ki, …"): a party after one is part of what is reported, not who reports it. Read beside the saying only
   * (claims.ts), never found as words.
   */
  complementizers?: string[];
  /**
   * Words that make a common noun for people definite (a pack's `scope.common`: men, задержанные, kişilər), right before it (`before`:
   * the, both, these, two, one of; эти, оба, один из; hər iki, həmin) or right after it (`after`: biri, "kişilərdən biri"): "the men" are
   * the incident's people, "men in their forties" anyone. Read beside the noun only (claims.ts), never found as words. `bare`: the
   * language has no articles, so a bare noun may be definite too («задержанных избивали»), except in a sentence that speaks of a kind or
   * of another time, or in a clause that a word of supposition opens (`supposing`: если, əgər; «Если задержанный жалуется на пытки, врач
   * обязан …» speaks of any detainee). `indefinite`: words right before a bare noun that make it someone not named before (bir:
   * "polislərin silahsız bir kişini öldürdüyü", that police killed an unarmed man), but where a word of `each` stands right before them
   * (hər: "hər bir cəsəddə", on each body, may be each of the page's own).
   */
  determiners?: { before?: string[]; after?: string[]; bare?: boolean; supposing?: string[]; indefinite?: string[]; each?: string[] };
  /**
   * Words by which a sentence points back to people named in the one before it (he, his, they, one, the other; он, его, один, второй;
   * o, onun, biri, digəri): a sentence takes the incident from the one before it in its paragraph only through one of them ("The
   * Safarov brothers died in custody. One suffered a heart attack."). Read in the sentence only (claims.ts), never found as words.
   */
  anaphors?: string[];
  /**
   * Pronouns of the third person that a saying after a quotation has for its subject (he, she, they; он, она, они; o, onlar): a speaker
   * the page has introduced, not a new one of a story of their own ("…," his sister said). Read in the sentence only (claims.ts).
   */
  voices?: string[];
  /**
   * Nouns of a case or an affair that a name qualifies, right before the name (`before`: "the case of the Safarov brothers", «делом
   * братьев Сафаровых») or right after it (`after`: "the Safarov case", "Səfərovlar işi"): such a name names the affair as a topic,
   * not its people (claims.ts). Read beside a name only, never found as words.
   */
  affairs?: { before?: string[]; after?: string[] };
  /**
   * Words that set a name in a frame of time or likeness, not as the one a claim is about: right before it (`before`: "since the
   * deaths of the Safarov brothers", "like the brothers", «после гибели братьев», «как и») or right after it (`after`: "Qardaşların
   * ölümündən sonra", "Qardaşlar kimi"). A cue outside the frame is not tied to the name in it (claims.ts): "Since the deaths of the
   * Safarov brothers, diaspora groups have gathered older complaints of police violence" is no claim about them. Read beside a name
   * only, never found as words. In a language that puts its verb last, a time noun (`times`: gün, həftə) right after a participle (a word
   * ending in one of `participles`: olunduğu, öldüyü), a word or two after the name in the genitive (ending in one of `genitives`), its
   * subject, frames it too: "Qardaşların dəfn olunduğu gün …",
   * on the day the brothers were buried. `clauses`: phrases of time that open a clause of their own ("week that", "day when"): a name
   * anywhere further in that clause stands in the frame ("… came in the same week that Baku called off a visit over the Safarov deaths").
   */
  frames?: { before?: string[]; after?: string[]; possessed?: string[]; participles?: string[]; times?: string[]; genitives?: string[]; clauses?: string[] };
  /**
   * Words that make the person after them someone else, not the incident's (my, own, another; мой, моей; mənim, öz, başqa): "My brother
   * has a heart condition", "his own brother died of a heart attack", «у моей мамы было два инфаркта», "başqa iki qardaş". A word for
   * the incident's people a word or two after one is theirs, and so is one that points back after it in its clause ("hər ikisi", «оба»):
   * it ties no cue to the incident (claims.ts). Read beside such a word only, never found as words.
   */
  others?: string[];
  /**
   * Words for people that point back (эти люди, bu adamlar; with any ending): where a pack names them among the words for the incident's
   * people, they stand for them only where the people named last before them are the incident's, not protesters beaten nearby or others
   * marked as such («Очевидцы говорят, что полицейские избивали этих людей» after a paragraph on protesters) (claims.ts). `others`: words
   * that make a word for people right after them others (других, digər: «шестерых других задержанных»). Read beside the words only.
   */
  pointingPeople?: { words: string[]; others: string[] };
  /**
   * Words of an occupation or a title that, right before a family name (initials may stand between), make it a namesake's: "cardiologist
   * Safarov", "Dr A. Safarov", «кардиохирург Э. Сафаров», "həkim Səfərov". The incident's people held none of them. Read beside a name only,
   * never found as words.
   */
  occupations?: string[];
  /**
   * Common nouns for a news outlet and what it puts out, in their forms (newspaper, site, agency, channel, editors, headline, caption;
   * газета, издание, заголовок, титр; qəzet, sayt, başlıq, titr): on a page about the incident, one that speaks ("the paper dismisses
   * the torture allegations", «Газета называет обвинения в пытках …», "Qəzet işgəncə iddialarını … adlandırır") or opens the sentence
   * before a colon is a speaker that reacts to the page's incident, as a party is (claims.ts). Read in the sentence only, never found as words.
   */
  media?: string[];
  /**
   * Words for the outlet's own staff that open a speaker's label in a transcript, an interview or a comment thread (anchor,
   * correspondent, Q, moderator; ведущий, корреспондент, вопрос; aparıcı, müxbir, sual): what follows such a label is the outlet's voice;
   * what follows any other label (GUEST:, A:, "Leyla, London:", a commenter's nickname line) is someone else's (claims.ts). Read in the
   * label only, never found as words.
   */
  staff?: string[];
  /**
   * Words for readers' comments in a heading over them ("Selected comments", «Избранные комментарии», "Seçilmiş şərhlər"), plural only (a
   * "Comment" heading is the outlet's column): the paragraphs under such a heading are readers' words, not the outlet's (claims.ts). Read
   * in the heading only, never found as words.
   */
  comments?: string[];
  /**
   * Rubrics of an outlet's links to its own stories that open a line before a colon ("Read also: …", «Читайте также: …», "Həmçinin oxuyun:
   * …"): the headline after one is the outlet's own coverage of what the page is about, not a story of its own that names nothing of it
   * (claims.ts). Read before a line's colon only, never found as words.
   */
  links?: string[];
  /**
   * Words of a photo's credit line before its colon ("Photo: Rashad Mammadli / Caspian Press Photo", «Фото: …», "Foto: …"): a line of
   * names and agencies under a picture, no headline over a story of its own (claims.ts). Read before a line's colon only, never found as words.
   */
  credits?: string[];
  /**
   * Nouns of what protesters and mourners write on ("One placard reads: "…"", «На одном из плакатов: «…»», "Plakatlardan birində: "…""): a
   * quotation that a colon opens after one, or whose clause after it names one, is the protest's words, and on a page about the incident it
   * speaks of the incident (claims.ts). Read in that lead-in or clause only, never found as words.
   */
  placards?: string[];
  /**
   * Words for anyone at all as the object of a negative subject ("Nobody tortured anyone", «Никто никого не пытал», "Heç kim heç kimə
   * işgəncə verməyib"): a short sweeping denial, on a page about the incident, denies it (claims.ts). Read in such a sentence only, never
   * found as words.
   */
  universals?: string[];
  /**
   * An official document printed whole under its header and date line ("MINISTRY OF FOREIGN AFFAIRS …" / "Statement of the Press Service.
   * Baku, this week."): `kinds`, the words for what it is (statement, press release, note, appeal; заявление, нота; bəyanat, müraciət),
   * one of which opens or closes the date line's first sentence, opens the header or closes it in a possessive; `notes`, how an editor's
   * note opens that ends its body (editor's note, от редакции, redaksiyadan). The body's sentences are the issuing body's words, not the
   * outlet's (claims.ts). Read in those paragraphs only, never found as words.
   */
  documents?: { kinds: string[]; notes: string[] };
  /**
   * Words of suspicion (suspect, подозреваю, şübhələnirəm): one before a cue that stands alone in quotation marks, scare quotes, mocks the
   * account ("I suspect the same trick is being played with the Safarovs' "heart attack"", «Подозреваю, что и с «инфарктом» … тот же
   * фокус»): a denial (claims.ts). Read in the sentence only, never found as words.
   */
  suspicion?: string[];
  /**
   * Verbs of naming (described, назвал, adlandırıb) that give a party's account or charge a name of the speaker's own in quotation marks
   * ("He described the torture talk as "an emotional campaign"", «Разговоры о пытках он назвал «истерикой»»): a denial of the account
   * (claims.ts). Read in the sentence only, never found as words.
   */
  naming?: string[];
  /**
   * Stems of words that make such a name an endorsement, not a dismissal (evidence, proven, final; доказ-, окончательн-; sübut, yekun):
   * "described the torture charges as "backed by forensic evidence"" reports the charge. Read in the quoted name only (claims.ts).
   */
  endorsing?: string[];
  /**
   * Tags that close a question after a comma (isn't it, don't you think; не находите, не так ли; elə deyilmi): the sentence asks to agree
   * with what it states, it does not ask whether (claims.ts). Read at a sentence's end only, never found as words.
   */
  tags?: string[];
  /**
   * First-person pronouns (I, я, mən), and in a language that marks the person on its verb, words of belief that carry the first person
   * ("Əminəm", "Düşünürəm", "Məncə"): one that opens a sentence before a word of belief makes it the speaker's own belief ("I am
   * convinced they were tortured"), whose pronoun for people stands for the people the page is about (claims.ts). Read in the sentence
   * only, never found as words.
   */
  selves?: string[];
  /**
   * Nouns for a person of one's own circle who is none of the incident's people (uncle, neighbour, friend; дядя, сосед; dayı, qonşu), in
   * their forms, and the words that may link one to a name before it (`links`: "of", "from", «из»). A word for the incident's people
   * that possesses one ("One of the brothers' uncles", «один из дядей Сафаровых», "Qardaşların dayısı", "a neighbour from the brothers'
   * old courtyard") stands for that person, whose cue is theirs, in a sentence where no one says anything (claims.ts). Read beside a name
   * only, never found as words.
   */
  kin?: { nouns: string[]; links?: string[] };
  /**
   * Phrases that say someone is no kin of the people named beside them: right before the name (`before`: "no relation to", «не имеющий
   * отношения к») or right after it (`after`: "heç bir qohumluğu olmayan"). A word for the incident's people there names whom a namesake
   * is not ("Elnur Safarov, a businessman and no relation to the brothers, was acquitted of ordering a beating"): it ties no cue to the
   * incident (claims.ts). Read beside a name only, never found as words.
   */
  unrelatedTo?: { before?: string[]; after?: string[] };
  /**
   * Phrases of a memory of childhood, another time ("as a boy", «в детстве», "uşaqlıqda"): a cue in their clause is of that time, not the
   * incident (claims.ts). Read in the sentence only, never found as words.
   */
  memories?: string[];
  /**
   * Words of custody that may stand before a headline's cue, the cue's place ("Həbsdə döyülərək öldürülüblər: Səfərovlar işi …"): a
   * headline whose cue they open with is in scope by the incident named after its colon (claims.ts). Not a place name ("Kazanda polisdə
   * döyülüb: …" is another story). Read in a headline only, never found as words.
   */
  custody?: string[];
  /**
   * Phrases of an earlier time ("last year", «в прошлом году», "keçən il", years ago): in the cue's clause, between the punctuation that
   * parts it, or in the sentence's first clause with no conjunction but a pair's ("and") between it and the cue's, they set the cue in that
   * time, not the incident's (claims.ts), unless the sentence names the incident's people (a name, a word for them that is no common noun,
   * a pronoun for several people). Read in the sentence only, never found.
   */
  earlier?: string[];
  /**
   * Words that ask "what … ?" of an account to wave it away, a question of that word and the cue alone with a negation in the sentence after
   * it ("What torture? Nobody touched them.", «Какие пытки? Их никто не трогал.», "Hansı işgəncə? Onlara heç kim toxunmayıb."): it denies
   * the account (claims.ts). Not one that a sentence of no negation follows ("What heart attack? I was just tired"). Read there only.
   */
  dismissals?: string[];
  /**
   * Endings of a word for the incident's people in the plural (brothers, братьев, qardaşlara): a single person the page introduces by name
   * and age is not whom such a word stands for (claims.ts). Read on the pack's words for the people only, never found.
   */
  plurals?: string[];
  /**
   * Endings of a name in the genitive that owns the noun of account before it («версию Москвы», «России»; not the nominative «Россия», nor
   * an indeclinable «Баку»): a bare party before the noun is then no owner (claims.ts). Read on names only, never found.
   */
  genitives?: string[];
  /**
   * Possessive pronouns of the third person (his, her, their; его, её, их; onun, onların): one right before a word for the incident's
   * people (an adjective between), in what a saying reports whose speaker opens the sentence and is none of the incident's people, makes
   * them the speaker's kin («Торговец фруктами рассказал, что его младший брат умер от инфаркта …»), not the incident's (claims.ts).
   * Read beside such a word only, never found as words.
   */
  possessives?: string[];
  /**
   * Words that open a concessive phrase at a sentence's start, up to its first comma ("Whatever Moscow says about failing hearts, these
   * brothers were beaten …", «Что бы ни говорили в Москве о слабых сердцах, братьев избили …»): the phrase is subordinate to the main
   * clause, as a participle's is (`participles`), so a cue in it gives way to the main clause's cue of the other side, and its words of
   * saying are not the main clause's (claims.ts). Read at a sentence's start only, never found as words.
   */
  concessives?: string[];
  /**
   * Phrases in which an ordinal for the people ("the second", «второй», "ikinci") names a case, an instance of what the sentence named
   * before it, not a person: after a preposition of place ("in the second", «во втором») or in a form of place ("ikincidə"). A word for
   * the incident's people that ends one stands for no one ("A heart attack and heart failure are not the same thing: in the first …, in
   * the second the heart slowly loses its power", claims.ts). Read at a word for the people only, never found as words.
   */
  instances?: string[];
  /**
   * Ordinals that may stand for one of the people (`words`: "the second", «второй», "ikinci", every form the pack's words for the people
   * take), and nouns of a part, a turn or a time that an ordinal right before them qualifies (`parts`: half, round, time; тайм, раунд, раз;
   * hissə, raund, dəfə; every form). A word for the people that is such an ordinal, right before one of them, stands for no one: it counts
   * the parts of a match, a race or a calendar ("Watching the second half was pure torture", «второй тайм стал настоящей пыткой», "İkinci
   * hissəni izləmək əsl işgəncə idi", claims.ts). Read at a word for the people only, never found as words.
   */
  ordinals?: { words: string[]; parts: string[] };
  /**
   * Numerals that may stand for the people (`words`: «двое», «оба», every form the pack's words for the people take), and the endings of
   * the noun a numeral governs (`endings`: «охранников», «соседей», «охранника»). A word for the people that is such a numeral, right before
   * such a noun (a possessive between: «двое его соседей»), counts that noun's people, not the incident's ("пострадали двое охранников",
   * claims.ts); not a noun that is a word for the people itself («двое задержанных») nor one of persons in general (`persons`: «Двоих людей
   * забили до смерти»). Read at a word for the people only, never found as words.
   */
  numerals?: { words: string[]; endings: string[]; persons?: string[] };
  /**
   * Numerals of two or both that open a counted noun phrase (two, both; двое, двух, оба; iki, hər iki): the nearest such phrase before a
   * word for the people that points back ("one of them", "the second", «один из них», "onlardan biri"), in its sentence or the one before
   * it in its paragraph, is what that word points back to. One whose words hold no word for the people and no name of theirs ("Two former
   * inmates …; one of them said guards had beaten him", "Both compensation bills were approved; the second covers …") makes it someone
   * else's, other people's or things' (claims.ts). Read before a word for the people only, never found as words.
   */
  counters?: string[];
  /**
   * Who a definite word for the people stands for (claims.ts): the groups of people a page introduces, in text order. `counters`: numerals
   * that open a counted phrase of people not yet named (two, three, twin; двое, трое; iki, üç, əkiz; one of `counters` not among them, or
   * one after a determiner, is definite: both, оба, hər iki); `nouns`: stems of nouns of people such a phrase counts besides the pack's
   * words for the people, `kin` and `otherVictims` (officer, sister; сотрудник, сестр; əməkdaş, bacı); `ages`: stems of words of age after
   * a number (year, лет, yaş). A counted phrase of people in a sentence that
   * names nothing of the incident ("Two police sergeants …", «Двое сотрудников полиции …», "iki əməkdaşı"), or a word for the people with
   * ages beside it ("The brothers, 31 and 27, …", «Братьев 29 и 34 лет», "31 və 27 yaşlı qardaşlar"), introduces others; a definite word
   * for the people then stands for them until the incident's people are named again. Read in the text only, never found as words.
   */
  groups?: { counters: string[]; nouns: string[]; ages: string[] };
  /**
   * Conjunctions of accord that open a clause naming who holds what is said: before its word of saying (`before`: "as Baku insists",
   * «как утверждает Баку») or, in a language that puts its verb last, right after it (`after`: "Bakının israr etdiyi kimi"). A question
   * that asks yes or no with a saying in such a clause ("Were the brothers tortured, as Azerbaijani prosecutors insist?") asks about a
   * claim it says someone holds: it attributes that claim (claims.ts). Read beside a saying only, never found as words.
   */
  accord?: { before?: string[]; after?: string[] };
  /**
   * How a noun of account names its party as the agent of a participle, lower case: a word that opens the agent right before it ("the
   * version put forward by Moscow": `words`) and the participles of giving an account before it (`verbs`: "given", "put forward", as their
   * last word), the endings of a participle beside the party (`participles`: «изложенную Москвой», "Moskvanın
   * irəli sürdüyü versiya"), and the endings of a party's case as that agent (`cases`: the instrumental «Москвой», «Кремлём»). The party is
   * then the noun's owner a few words from it (claims.ts, accounts.ts). Read beside a noun of account only, never found as words.
   */
  agents?: { words?: string[]; verbs?: string[]; participles?: string[]; cases?: string[] };
  /**
   * Prepositions of where something comes from (from, by; от, из), lower case: a negation right before one, with "but" (а) a few words
   * on, sets one source aside for another ("The torture allegation comes not from activists but from Azerbaijan's own prosecutors"), and
   * denies nothing of what is said (claims.ts); but where what it sets aside is the cue's own agent or a party ("killed not by police but
   * by other inmates") it denies. Read after a negation only, never found as words.
   */
  origins?: string[];
  /**
   * Where a verb carries its mood inside the word (Azerbaijani araşdırılmalı, must be investigated): the affixes of obligation, lower
   * case. A cue whose word holds one after its first three letters prescribes what should be done ("Həbsdə baş verən istənilən ölüm …
   * müstəqil ekspert tərəfindən araşdırılmalı"), and states nothing: it is no cue (claims.ts).
   */
  obligativeAffixes?: string[];
  /**
   * Nouns that name a word, not what it says, before a quoted cue (`before`: the word "torture", the term) or after it (`after`), lower
   * case: where the sentence names none of the incident's people and no party before it, the quotation speaks of the word ("Lobanov says
   * the word "torture" still makes some investigators wince"), and is no cue (claims.ts). (Not Azerbaijani "sözü": "işgəncə" sözü is
   * also talk of torture, a claim, «"işgəncə" sözü sübut yox, siyasi şüar olaraq qalır».)
   */
  wordNouns?: { before?: string[]; after?: string[] };
  /**
   * Words that name a game's score beside its figures (со счётом 1:3; not Azerbaijani "hesabı", also an account), lower case: a sentence
   * that holds one tells of a match, and its beating is a defeat ("… разгромлен со счётом 1:3 — болельщики называют это настоящим избиением").
   */
  scoreWords?: string[];
  /** Abbreviations whose dot ends no sentence (Mr., г., prof.), lower case, without the dot. */
  abbreviations: string[];
}
