/**
 * English. Possessives need no rule ('s is outside the word, see the matcher); a family name's plural is
 * the family ("the Safarovs"); demonyms and nouns take the plural (Azerbaijanis, raids, crashes).
 */
import type { Form, Language } from './types';

/** The regular plural of a noun. */
export function englishPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export const en: Language = {
  code: 'en',
  // The letters English romanisations disagree on: g/h (Guseyn, Huseyn), x/ks, w/v, y/i; and č š ž.
  romanise: { g: 'h', x: 'ks', w: 'v', y: 'i', č: 'ch', š: 'sh', ž: 'zh' },
  attribution: [
    // Speaking of an account in its stead ("Azerbaijani officials speak instead of extrajudicial killings").
    ...['speak instead of', 'speaks instead of', 'spoke instead of'],
    // Countering with an account; showing or proving it ("Nobody has shown that the brothers were tortured": negated, a denial).
    'countered',
    'counters',
    'countering',
    'shown that',
    'proved that',
    'proven that',
    // Keeping to an account ("Baku is not backing down from its charge of torture"): it stands by it.
    'stands by',
    'stood by',
    'not backing down',
    'not back down',
    'refuses to back down',
    // (Nor softened it: "Baku has not softened its accusation of torture".)
    'not softened',
    "hasn't softened",
    'said',
    'says',
    'say',
    'saying',
    'according to',
    'claim',
    'claims',
    'claimed',
    'allege',
    'alleges',
    'alleged',
    'allegedly',
    'allegation',
    'accuse',
    'accuses',
    'accused',
    'accusing',
    'accusation',
    'told',
    'tells',
    'stated',
    'states',
    'asserted',
    'asserts',
    'reported',
    'reportedly',
    'reports',
    'report',
    'insist',
    'insists',
    'insisted',
    'maintain',
    'maintains',
    'maintained',
    // Holding a view: "Azerbaijani officials hold that the officers treated the brothers with brutality".
    'hold that',
    'holds that',
    'held that',
    'describe',
    'described',
    'describes',
    'called it',
    // Naming it ("Why does Baku call it torture?"), and "what they called" (condemned what they called the torture …); not "call it what
    // it is", which the outlet says of itself ("Let us call it what it is: …", its own voice).
    'call it',
    'calls it',
    'they called',
    // Calling the deaths something ('goes further, calling the deaths murder'; 'called the deaths a killing by Russian police').
    'calling',
    'called the deaths',
    'called the death',
    'called the killings',
    // (The deaths' place between: a headline's "deputies call Yekaterinburg deaths torture".)
    'call … deaths',
    'calls … deaths',
    // Taking an account as settled ("In Baku it is now taken as settled that …").
    'taken as settled',
    // Condemning what was done ("condemned the torture of the brothers"): the condemners' account of it.
    'condemn-',
    // Casting the deaths in a light of one's own ("Baku has framed the deaths as …").
    'framed',
    // Holding to an account unchanged ("Russia's version has not changed: …").
    'not changed',
    "hasn't changed",
    "haven't changed",
    'unchanged',
    'frames',
    'blamed',
    'blames',
    'wrote',
    'writes',
    // A reply to a post or a question ("… full stop," replied @user).
    'replied',
    'replies',
    // (And a party's answer to the other's charge: "Russian investigators reply that …"; not "did not reply to a request for comment",
    // which reports no one's denial.)
    'reply that',
    'speaks of',
    'spoke of',
    'put down to',
    'attributed',
    'attribute',
    'version',
    'account',
    'indicate',
    'indicated',
    'indicates',
    'suggest',
    'suggested',
    'believe',
    'believes',
    // One's own belief ("I think the investigators are right that …", "I'm fairly sure …", "I have no doubt that …"): one's account.
    'think',
    'thinks',
    'sure',
    // (Not "what we know for certain": certain as a predicate of someone.)
    ...['so certain', 'am certain', 'is certain', 'are certain', 'was certain', 'were certain'],
    'have no doubt',
    'has no doubt',
    // Accepting an account ("Nobody in this building accepts that a heart attack killed either brother": negated, a denial).
    'accept',
    'accepts',
    'accepted',
    // Reminding someone of an account ("reminded the judge that Azerbaijan holds the brothers were tortured").
    'reminded',
    'reminds',
    'argue',
    'argues',
    'argued',
    'cited',
    'cites',
    // An outlet quoting and writing of an account ("The paper quotes the state prosecutor …", "editors write of torture").
    'quotes',
    'write',
    'concluded',
    'charged',
    'charges',
    'concludes',
    'announced',
    'confirmed',
    'insisting',
    'quoted',
    'in the view of',
    'citing',
    'convinced',
    'persuaded',
    'blame-',
    'blaming',
    'describ-',
    'telling',
    'added',
    'adds',
    // ("…, they add, …": the present of a source quoted as it speaks.)
    'add',
    'what they call',
    'they call',
    'endorse-',
    'point to',
    'points to',
    'pointed to',
    'pointing to',
    'link-',
    'talk of',
    'talks of',
    'talked of',
    'talking of',
    'speak of',
    'speaking of',
    'spoken of',
    'ask-',
    'noted',
    'notes',
    'noting',
    'remark-',
    'comment-',
    'posted',
    'observed',
    'observes',
    'mention-',
    'explain-',
    'stress-',
    'emphasis-',
    'emphasiz-',
    'declar-',
    'acknowledg-',
    'conced-',
    'recount-',
    // Telling it and going on ('As they tell it, …', '…, the official went on').
    'tell it',
    'went on',
    'relay-',
    'laid the blame',
    'lays the blame',
    'lay the blame',
    'put the blame',
    'puts the blame',
    'held responsible',
    'holds responsible',
    'hold responsible',
    'buy',
    'buys',
    'buying',
    'bought',
    // Convincing someone of an account ("Nobody will convince us that …": negated, a denial).
    'convince us',
    'convince me',
    'convince anyone',
    // Repeating and relaying an account: "Prosecutors in Baku repeat that …", "outlets relayed the finding that …".
    // ('repeated' alone is not one: "repeated beatings".)
    'repeat',
    'repeats',
    'repeating',
    'repeated that',
    'reiterat-',
    'relayed',
    'relaying',
    // Participles and nouns of saying that the lists above lacked.
    'claiming',
    'alleging',
    'asserting',
    'maintaining',
    'arguing',
    'stating',
    'reporting',
    'quoting',
    'contend-',
    'affirm-',
    'testif-',
    'finding',
    'conclusion',
    'source',
    // An outlet's own piece that says it: "Its editorial called the deaths …".
    'editorial',
    'editorials',
    // Words of several parts, the object between them: "holding Putin personally responsible", "put one of the deaths down to".
    'hold- … responsible',
    'held … responsible',
    'hold- … accountable',
    'held … accountable',
    'put … down to',
    'puts … down to',
    'putting … down to',
    // Characterising and seeing an account: "characterised the deaths as …", "as prosecutors in Baku see it",
    // "in the prosecutors' reading", "in Baku's view".
    'characteris-',
    'characteriz-',
    // And treating or classing them as a crime ("the investigation treats the deaths as murder"); not 'treated': "treated brutally".
    'treats',
    'regards',
    'classif-',
    'see it',
    'sees it',
    'saw it',
    'view',
    'reading',
    // Citing a cause ("investigators cite heart failure"), calling the case something ("called the case one of torture"), a party's
    // insistence ("Baku's insistence that …"), and evidence put forward ("has produced evidence that …"; negated: no one has).
    'cite',
    'called the case',
    'calls the case',
    'call the case',
    'insistence',
    'produced evidence',
    'presented evidence',
    'provided evidence',
    'offered evidence',
  ],
  denial: [
    // (Not officialese's denials, tried in the tenth session: "untenable", "no grounds for", "distortion of the facts", "do not correspond to
    // reality", "cannot be written off as" deny what their own clause speaks of, "found no grounds for charges", "calls the situation
    // untenable", and read a cue in the next clause as denied.)
    // Refusing an account; calling it no fact or an old trick.
    'refuse to accept',
    // Arguing against an account ("Its government has argued strongly against Moscow's version of events").
    // (Right before "against", an adverb between at most: not "Baku argued that … and protested against …".)
    ...['argued against', 'argues against', 'argue against', 'arguing against'],
    ...['argued strongly against', 'argues strongly against', 'argued forcefully against', 'argues forcefully against'],
    // Calling an account unacceptable ("The heart-attack version is unacceptable to us"; not the act itself, "Torture is unacceptable
    // under any circumstances", which condemns it).
    'version is unacceptable',
    'explanation is unacceptable',
    'account is unacceptable',
    'claims are unacceptable',
    // Refusing to believe («I refuse to believe our officers killed …»).
    'refuse to believe',
    'refuses to believe',
    'refused to believe',
    'refusing to accept',
    'not a fact',
    'old trick',
    'reject-',
    'dismiss-',
    'refut-',
    'rebuff-',
    'denied',
    'denies',
    'deny',
    'denial',
    'rejected',
    'rejects',
    'reject',
    'dismissed',
    'dismisses',
    'dismiss',
    'refuted',
    'refutes',
    'refute',
    'disputed',
    'disputes',
    'contested',
    'contests',
    'false',
    'baseless',
    // Having none of it ("is having none of the Russian version").
    ...['having none of', 'have none of', 'has none of', 'had none of', 'will have none of'],
    // Told "with a straight face": the account mocked.
    'with a straight face',
    // Calling it a provocation ("called the torture allegations a provocation").
    'provocation',
    'groundless',
    'unfounded',
    'unsubstantiated',
    'affront',
    'hard to believe',
    'difficult to believe',
    'impossible to believe',
    'impossible to take seriously',
    // Naming an account as a campaign of falsehood: "dismissed as propaganda", "a disinformation campaign".
    'propaganda',
    // Or as politics: "All this talk of torture is pure politics".
    ...['pure politics', 'just politics', 'nothing but politics', 'talk … is politics'],
    'disinformation',
    'smear',
    'information war',
    'information attack',
    'information campaign',
    'political campaign',
    // A charge called politically motivated ("called the torture claims politically motivated").
    'claims … politically motivated',
    'allegations … politically motivated',
    // Setting an account aside with a gesture: "waved away talk of torture".
    'waved away',
    'waves away',
    'wave away',
    'waving away',
    'untrue',
    'no evidence',
    // Nothing said to prove it: "nothing on the record proves the brothers were tortured".
    'nothing … proves',
    'nothing … proved',
    // Or no one to have shown it, nothing seen that would prove it: "Nobody has shown that those men were tortured", "I have not seen
    // anything so far that proves …", "nothing that would make me think …".
    ...['nobody has shown', 'no one has shown', 'nobody has proved', 'no one has proved', 'nobody has proven', 'no one has proven'],
    'not seen anything … proves',
    'nothing that would make me think',
    'no sign',
    'no signs',
    'no trace',
    'no traces',
    'no indication',
    'no indications',
    'refuses to accept',
    'refused to accept',
    'disbelief',
    'not true',
    'ruled out',
    'rules out',
    // Leaving no room for a claim ("Moscow's version leaves no room for torture").
    'leaves no room for',
    'leave no room for',
    'no basis',
    'rebuffed',
    'rebuff',
    'refused',
    'refuses',
    'dismissing',
    'rejecting',
    'denying',
    'fabricated',
    'fabrication',
    // ('lies' alone is the verb too: "At the heart of the quarrel lies …".)
    'a lie',
    'are lies',
    'were lies',
    'all lies',
    'pack of lies',
    'nothing but lies',
    'not credible',
    'implausible',
    'unbelievable',
    'alibi',
    'excuse',
    'invention',
    'cover-up',
    'cover up',
    'cover story',
    'not accept',
    'never accept-',
    'does not accept',
    'do not accept',
    'did not accept',
    // Not having accepted an account ("Moscow has not accepted Baku's charge …").
    'not accepted',
    "hasn't accepted",
    "haven't accepted",
    'never accepted',
    'insult',
    'mockery',
    'farce',
    'absurd',
    'nonsense',
    'laughable',
    'laughed out',
    'laughed off',
    // Thrown out as worthless ('Baku has thrown out the heart-failure version').
    'thrown out',
    'threw out',
    'throws out',
    'throwing out',
    'brushed aside',
    'brushes aside',
    'brush aside',
    'brushing aside',
    // Or off: "Moscow brushes off torture claims".
    'brushed off',
    'brushes off',
    'brush off',
    'brushing off',
    // With its object between: 'brushed the explanation aside'.
    'brush- … aside',
    // A rhetorical question that rules an account out ('Since when does a heart attack leave …?'), an account called
    // a fiction or said to explain nothing.
    'since when',
    'fiction',
    'invented',
    'explains nothing',
    'explain nothing',
    // (Not "is speculation", tried: it called something else in its own clause speculation, "Talk of a trade deal is speculation, an
    // official said, adding that the brothers were tortured", and denied the cue beside it.)
    'scoff-',
    // Doubting an account ("It doubts that a heart attack can explain …").
    'doubts',
    'doubted',
    'ridicul-',
    'mocked',
    'mocks',
    'mocking',
    'poked fun',
    'pokes fun',
    'poking fun',
    'poke fun',
    'whitewash',
    'not backed',
    'falls apart',
    'fell apart',
    'does not hold up',
    "doesn't hold up",
    'does not stand up',
    "doesn't stand up",
    'supposed to believe',
    'meant to believe',
    'asked to believe',
    'expected to believe',
    'expect us to believe',
    'expects us to believe',
    'want us to believe',
    'wants us to believe',
    'would have us believe',
    'who believes',
    'who would believe',
    'who could believe',
    'who can believe',
    'contradict-',
    'at odds with',
    'inconsistent with',
    'does not square',
    'do not square',
    "doesn't square",
    "don't square",
    'hard to square',
    'unconvinc-',
    'sceptical',
    'fairy tale',
    // What is said of an account that makes it small: "… is nothing more than pressure on Moscow".
    'nothing more than',
    'nothing but',
    'no more than',
    'skeptical',
    // An account called invented or false in other words: 'dreamed up in Baku', 'far from the truth'; no evidence for it
    // ('had seen nothing to support the claim').
    'dreamed up',
    'dreamt up',
    'cooked up',
    'concocted',
    'far from the truth',
    'nothing to support',
    'nothing to back up',
    'no evidence to support',
    'shred of evidence',
    'shred of proof',
    // An account called a show put on for politics ('a piece of political theatre').
    'political theatre',
    'political theater',
    // An account said to be none ("As for the Russian version, she said it hardly deserved the name").
    'hardly deserved the name',
    'hardly deserves the name',
  ],
  // (A fairy tale: an account as its deniers name it; it denies too.)
  // (And an account set at a distance or put forward: 'the so-called heart attack', 'the idea that …', 'Baku's case against …'.)
  claimNouns: [
    'version',
    'versions',
    'story',
    'explanation',
    'explanations',
    'account',
    'accounts',
    'narrative',
    'theory',
    'line',
    'position',
    'finding',
    'talk',
    'fairy tale',
    'answer',
    'so-called',
    'idea',
    'case against',
  ],
  demonstratives: ['this', 'that', 'these', 'those'],
  // (And a description someone gives, pointed back to: "Baku described the deaths as torture. Russian investigators rejected that description.")
  charges: [
    ...['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'assertion', 'assertions', 'charge', 'charges', 'statement', 'statements'],
    ...['description', 'descriptions'],
  ],
  pointers: { last: ['that', 'this', 'it'], object: [] },
  // (And 'per' before its party, as 'according to': "Per Russian investigators, one brother's heart gave out".)
  viewpoint: ['for', 'to', 'per'],
  people: ['they', 'them'],
  relatives: ['that', 'which', 'who', 'whose'],
  // (And a broadcast's turn to other news before a colon: "In sport: …".)
  facts: ['fact', 'facts', 'truth'],
  sources: ['side', 'investigation', 'prosecutors', 'police', 'officials'],
  participles: ['rejecting', 'dismissing', 'denying', 'refuting', 'disputing', 'contesting', 'brushing aside', 'waving away'],
  // Custody in general: places of detention in the plural, and deaths and complaints in custody as a kind.
  general: [
    // Patients, a population a hospital or an ambulance serves, anyone's ("two elderly patients with heart failure died").
    'patients',
    'prisons',
    'jails',
    'penal colonies',
    'prison colonies',
    'detention centres',
    'detention centers',
    'detention facilities',
    'police stations',
    'deaths in custody',
    'deaths in police custody',
    'complaints of torture',
    'torture complaints',
    // Complaints counted as a kind, whatever they are about ("complaints about police beatings in Russia").
    'complaints',
    // A population spoken of as a kind, as doctors and statistics do ("sudden cardiac death in men under fifty", "among young men"):
    // the bare plural, with no article or number before it, is no one's people.
    'in men',
    'among men',
    'in young men',
    'among young men',
    'men under',
    'men over',
    'men aged',
    // An old man, a population of one ("an elderly man collapsed with a heart attack in the heat").
    'elderly man',
    'elderly men',
  ],
  // Many cases or a kind spoken of: how often, for how long, how many, statistics (a general statement, of no one case).
  generic: [
    // How often, over many cases ("… most often record "heart failure"").
    'most often',
    'every year',
    'each year',
    'per year',
    'annually',
    'for years',
    'for decades',
    'year after year',
    'hundreds of',
    'thousands of',
    'dozens of',
    'by the hundreds',
    'by the hundred',
    'by the thousands',
    'by the dozen',
    'repeatedly',
    'regularly',
    'routinely',
    'usually',
    'typically',
    'as a rule',
    'statistics',
    // A share of everyone: "Heart failure kills every second person", "one in three deaths".
    ...['every second', 'every third', 'every fourth', 'one in two', 'one in three', 'one in four', 'half of all'],
    'more than a hundred',
    // How common, how rare: "… are common and seldom lead to prosecutions", "the leading cause of death in Russia". (Not "common sense".)
    ...['is common', 'are common', 'remain common', 'remains common', 'how common', 'a common', 'common among', 'common across', 'common in'],
    'widespread',
    'rare',
    'rarely',
    'seldom',
    // (Or almost never: "Why Russian courts almost never convict police officers of torture".)
    ...['almost never', 'hardly ever', 'virtually never'],
    'leading cause',
    // Courts' rulings over many cases: "found Russia in breach of the ban on torture in cases involving …".
    'in cases',
    'cases of',
    'cases involving',
    'series of cases',
    'ruled against',
    'found against',
    'in breach of',
    'European Court of Human Rights',
    'ECHR',
    'Strasbourg court',
    // Medicine's own terms for a kind of death.
    'sudden cardiac death',
    // Medicine on anyone: risks and risk factors, definitions ("… all raise the risk of a heart attack", "a heart attack is when …").
    'risk',
    'risks',
    'risk factor',
    'risk factors',
    'is when',
    'is defined as',
    'main cause',
    'causes of death',
    // What tends to happen, in many places or in a sample: "official statements tend to reach for …", "in many countries", "in our sample".
    'tend to',
    'tends to',
    'in many countries',
    'in various countries',
    'in different countries',
    'in our sample',
  ],
  // Irony right before a cue: an account the outlet mocks ("the convenient 'weak heart'").
  // (And 'famous' before a cue that names no one's, said in mockery: "Ah yes, the famous Yekaterinburg heart attack!".)
  // (Not "all this talk of", tried: the outlet's own framing, "Amid all this talk of torture, Azerbaijan recalled its ambassador", reports.)
  // (And 'obliging': "once again it is the detainee's obliging heart that is supposed to have given out".)
  ironic: ['convenient', 'conveniently', 'timely', 'famous', 'obliging'],
  concealment: ['cover up', 'cover-up', 'covering up', 'covered up', 'covers up', 'hide', 'hides', 'hiding', 'hid', 'conceal-', 'whitewash'],
  otherVictims: [
    'demonstrator-',
    'protester-',
    'protestor-',
    'marcher-',
    'rally-goer-',
    'picketer-',
    'student-',
    'supporters',
    'fans',
    'civilians',
    'animal-',
    'prisoners of war',
    'prisoner of war',
    'hostage-',
  ],
  unrelated: ['unrelated', 'not related', 'not connected', 'no connection', 'nothing to do with', 'separate case', 'other news', 'elsewhere', 'in sport', 'sports news'],
  ownVoice: [
    // The outlet recalling its own reporting ("For the record, and as we have reported before, one Safarov brother died of …"): no one
    // else speaks.
    ...['as we have reported', 'as we reported', 'as we have previously reported', 'as we reported earlier', 'as we have written'],
    // No change in a position negates nothing of it ("There is no change in the Russian side's position").
    'no change',
    // Traces that speak for themselves: no one speaks.
    'speak for themselves',
    'speaks for itself',
    'let us note',
    'it should be noted',
    'it is worth noting',
    'we should note',
    'needless to say',
    'call it what it is',
    // A broadcast's own lead-in ("Our top story tonight: …"): its story is no one's account.
    'our top story',
    'our lead story',
    'our main story',
    'we begin with',
    'we start with',
    // Nothing said yet: a confirming that has not come reports no one ("… and no cause of death has yet been confirmed").
    'yet to be confirmed',
    'yet been confirmed',
    // A doubt ruled out negates nothing of the claim ("Baku's account leaves no room for doubt: …").
    'no doubt',
    'no room for doubt',
    'leaves no room for doubt',
    'leave no room for doubt',
    // (Nor is one that leaves room for the claim alone: "… leave no room for any explanation other than torture".)
    'leaves no room for any explanation other than',
    'leave no room for any explanation other than',
    'leaves no room for any other explanation than',
    'leave no room for any other explanation than',
    // A source's wish not to be named negates nothing.
    'asked not to be named',
    'asked not to be identified',
    'asking not to be named',
    'asking not to be identified',
    'declined to be named',
    'not authorised to speak',
    'not authorized to speak',
    // Being called to account ("nobody has been held responsible for the torture", "no one has answered for it"): no one says anything.
    'been held responsible',
    'been held accountable',
    'answered for',
    'answer for',
    'answers for',
  ],
  forwardNegation: ['without'],
  // (And "tortured" of what drags on painfully, no body: "Tortured talks end in rail deal", "a tortured history".)
  figures: [
    'heart of',
    'abuse of office',
    'abuse of power',
    'abuse of authority',
    'tortured talks',
    'tortured negotiations',
    'tortured logic',
    'tortured history',
    'tortured relationship',
    'tortured relations',
    'tortured process',
  ],
  // A word spoken of as a word: "the word "torture" still makes some investigators wince".
  wordNouns: { before: ['word', 'term'] },
  // An auxiliary that opens a question asks yes or no ("Did Russia say …?"); not its negative, which asks to agree ("Didn't …?").
  // (A question with no word that asks for something asks yes or no too; one with which asks to choose.)
  questions: {
    openers: ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should'],
    interrogatives: ['what', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'which'],
    choices: ['which'],
    embedded: ['whether'],
    // ("Does anyone seriously expect … to accept a heart attack as the explanation?": it expects no.)
    rhetorical: [
      // "Who in their right mind believes …?": no one.
      'in their right mind',
      'in his right mind',
      // A question that asks since when something happens expects "never" ("Since when does … ?").
      'since when',
      'seriously',
      'really expect',
      'really think',
      'really believe',
      // "Does the ministry really imagine that anyone … will accept …?", "Can a heart attack really explain that?"
      'really imagine',
      'really explain',
      'why would',
      'supposed to believe',
      'expected to believe',
      'really supposed',
      // "Is anyone in Baku really expected to accept a heart attack as the whole explanation?" (Not "really expected" alone: "When is the
      // report really expected?")
      ...['really expected to accept', 'really expected to believe', 'really expected to swallow'],
      'supposed to accept',
      'meant to believe',
      // "… do they take us for fools?": it expects no.
      'take us for fools',
      'take us for idiots',
      'meant to accept',
      // Asked whether everyone is to go along with it: "… and we're all meant to nod along?"
      'nod along',
      // Asked who will go along with it: "And who in Azerbaijan is going to accept that a man's heart simply stopped in custody?"
      // (Contiguous, a subject before it: not "Is Baku going to accept …?", which asks yes or no.)
      // (Not "is going to accept" alone: "Who is going to accept responsibility for the torture …?" presupposes it.)
      ...['is going to accept that', 'is going to believe', 'is ever going to accept that', 'is ever going to believe'],
      'where is the evidence',
      'where is the proof',
      // What someone would gain by doing it expects "nothing" ("What would police officers gain by beating … ?").
      // (The act named: not "What does Baku hope to gain by insisting …?", which asks a motive.)
      ...['gain by beating', 'gain by torturing', 'gain by killing', 'gain from beating', 'gain from torturing'],
    ],
    // "Heart attack, really?": an account echoed back in disbelief.
    echoes: ['really', 'seriously'],
  },
  negation: [
    'not',
    'no',
    'never',
    'without',
    'nor',
    'nobody',
    'no one',
    'nothing',
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "doesn't",
    "don't",
    "didn't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "can't",
    'cannot',
  ],
  // (And 'for': "the explanation given by Moscow for the cancelled flights".)
  topics: {
    after: ['on', 'about', 'over', 'regarding', 'concerning', 'for'],
    relative: ['which holds that', 'which says that', 'which has it that', 'which claims that', 'according to which'],
  },
  conjunctions: ['and', 'but', 'yet', 'though', 'although', 'while', 'whereas'],
  pairs: ['and'],
  disjunctions: ['or', 'nor'],
  clauseJoins: { words: ['and', 'but'], afterComma: true },
  adversatives: ['but'],
  complementizers: ['that'],
  // What makes a common noun for people definite: an article, a number, a word that points ("the men", "both men", "one of the
  // detained men"); bare, "men in their forties", they are anyone.
  determiners: { before: ['the', 'both', 'these', 'those', 'two', 'their', 'either', 'neither', 'each'] },
  // Words that point back to people named before: pronouns, and one, the other, the second of them.
  // Numerals that open a counted noun phrase, what a word that points back may point to: "Two former inmates …; one of them …".
  counters: ['two', 'both'],
  // A counted phrase of people not yet named introduces others ("Two police sergeants …", "three cousins", "Twin sisters"); "the
  // brothers", "both men", "the second" then stand for them. Nouns are stems, words of age follow a number ("31 and 27", "a 23-year-old").
  groups: {
    counters: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twin'],
    nouns: [
      'officer',
      'policem',
      'sergeant',
      'guard',
      'sister',
      'twin',
      'defendant',
      'suspect',
      'women',
      'woman',
      'inmate',
      'student',
      'soldier',
      'deput',
      'trader',
      'miner',
      'supporter',
      'worker',
      'teenager',
      'journalist',
      'activist',
      'man',
      'courier',
      'seller',
    ],
    ages: ['year', 'aged'],
  },
  // Pronouns of a speaker the page has introduced, as the subject of a saying after a quotation ("…," she said).
  voices: ['he', 'she', 'they'],
  anaphors: ['he', 'him', 'his', 'they', 'them', 'their', 'one', 'other', 'both', 'either', 'neither', 'second', 'elder', 'younger', 'latter', 'former'],
  // Nouns of a case that a name qualifies ("the Safarov case", "the case of the Safarov brothers").
  affairs: { before: ['case of', 'case of the', 'affair of', 'affair of the'], after: ['case', 'cases', 'affair', 'file', 'saga'] },
  // Frames of time or likeness a name stands in ("since the deaths of the Safarov brothers", "like the brothers"): what a cue outside
  // them says is not said of the brothers.
  frames: {
    before: [
      'since',
      'after',
      'before',
      'following',
      'until',
      'like',
      'unlike',
      'as with',
      // A day, a week, a time when something befell them: "On the day the Safarov brothers were buried, …", "In the same week that …".
      'on the day',
      'the day',
      'same day',
      'day that',
      'day when',
      'the week',
      'same week',
      'week that',
      'week when',
      'the month',
      'same month',
      'month that',
      'month when',
      'at the time',
      'time when',
      'time that',
    ],
    // A time that opens a clause of its own, the name further in it: "in the same week that Baku called off … over the Safarov deaths".
    clauses: ['day that', 'day when', 'week that', 'week when', 'month that', 'month when', 'time when', 'days when', 'weeks when'],
  },
  // Someone else's people: "my brother", "his own brother", "another detainee".
  others: ['my', 'own', 'another'],
  // An occupation or a title before a family name: a namesake's ("cardiologist Safarov", "Dr A. Safarov").
  // A news outlet and what it puts out, as a speaker: "the paper dismisses …", "the site asks", "a caption …".
  // The outlet's own staff in a speaker's label ("ANCHOR:", «ВЕДУЩИЙ:», "APARICI:", "Q:"): what follows is the outlet's voice.
  // A heading over readers' comments ("Selected comments"): the lines under it are theirs.
  comments: ['comments'],
  // An official document printed whole under its header and date line ("Statement of the Press Service. Baku, this week."): its body
  // is the issuing body's words, up to an editor's note. (A press release is a "release".)
  documents: {
    kinds: ['statement', 'release', 'communique', 'communiqué', 'note', 'appeal', 'declaration', 'resolution'],
    notes: ["editor's note", 'editor’s note', "editors' note", 'note from the editor', 'from the editors'],
  },
  // A rubric of the outlet's links to its own stories ("Read also: …"): the headline after it is its own coverage of the page's story.
  links: ['read also', 'see also', 'also read', 'related', 'read more', 'more on this', 'more on this story'],
  // A photo's credit line ("Photo: … / Caspian Press Photo"): names under a picture, no headline of a story of its own.
  credits: ['photo', 'photos', 'image', 'picture', 'video', 'photograph'],
  // What protesters write on ("One placard reads: "…""): a quotation on one, on a page about the incident, is the protest's words about it.
  // (Not "sign" nor "card": "Signs on the road read: …", "The report card read: …".)
  placards: ['placard', 'placards', 'banner', 'banners', 'poster', 'posters', 'slogan', 'slogans'],
  // Anyone at all as a negative subject's object ("Nobody tortured anyone"): a sweeping denial.
  universals: ['anyone', 'anybody'],
  // (And a radio script's "CUE:", the presenter's link into a report, and the station's own "NEWSDESK COMMENT:".)
  staff: ['anchor', 'presenter', 'host', 'newsreader', 'correspondent', 'reporter', 'interviewer', 'q', 'question', 'moderator', 'editor', 'editors', 'cue', 'newsdesk'],
  // First-person pronouns, before a word of belief: one's own belief.
  selves: ['i'],
  // Suspicion, before a cue in scare quotes: a mocked account.
  suspicion: ['suspect', 'suspects', 'suspected'],
  // Naming an account something in quotation marks ("described the torture talk as \"an emotional campaign\""): a dismissal.
  naming: ['call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'dubbed', 'branded', 'labelled', 'labeled'],
  // (Unless the name endorses it: "backed by forensic evidence", "final and conclusive".)
  endorsing: [
    'evidence',
    'proven',
    'proof',
    'proved',
    'conclusive',
    'final',
    'established',
    'documented',
    'fact',
    'true',
    'truth',
    'credible',
    'convincing',
    'undeniable',
    'indisputable',
    'well-founded',
    'substantiated',
  ],
  // A tag that closes a question after a comma: it states and asks to agree.
  tags: ["isn't it", "wasn't it", "don't you think", "wouldn't you say"],
  media: [
    'newspaper',
    'newspapers',
    'paper',
    'daily',
    'tabloid',
    'site',
    'website',
    'portal',
    'agency',
    'channel',
    'broadcaster',
    'outlet',
    'publication',
    'editors',
    'headline',
    'caption',
    'bulletin',
    'explainer',
  ],
  occupations: ['dr', 'doctor', 'professor', 'prof', 'cardiologist', 'surgeon', 'physician', 'judge', 'coach', 'colonel', 'captain', 'lieutenant', 'sergeant'],
  possessives: ['his', 'her', 'their', 'hers', 'theirs'],
  // One's circle, none of the incident's people: "One of the brothers' uncles had a heart attack", "a neighbour from the brothers' courtyard".
  kin: {
    nouns: [
      'uncle',
      'uncles',
      'aunt',
      'aunts',
      'father',
      'mother',
      'parents',
      'grandfather',
      'grandmother',
      'grandparents',
      'cousin',
      'cousins',
      'nephew',
      'nephews',
      'niece',
      'nieces',
      'neighbour',
      'neighbours',
      'neighbor',
      'neighbors',
      'friend',
      'friends',
      'classmate',
      'classmates',
      'schoolmate',
      'colleague',
      'colleagues',
      // Relatives and counsel, who speak for a person of their own ("The Samara man's relatives reject the heart-failure explanation").
      'relative',
      'relatives',
      'lawyer',
      'lawyers',
    ],
    links: ['of', 'from'],
  },
  // No kin of the people named after it: a namesake's ("Elnur Safarov, … no relation to the brothers, …").
  unrelatedTo: {
    before: [
      'no relation to',
      'no relation of',
      'not related to',
      'unrelated to',
      'no kin to',
      'not a relative of',
      'namesake of',
      'not to be confused with',
      'shares nothing with',
      'shares nothing with the',
      'shares a surname with',
      'shares only a surname with',
      'no connection to',
      'no connection with',
      'not connected to',
      'nothing to do with',
    ],
  },
  // "What torture? Nobody touched them.": a question that waves the account away, a negation after it.
  dismissals: ['what'],
  // Plural endings of a word for the people (brothers, men).
  plurals: ['s', 'men'],
  // Words of custody that may open a headline before its cue (claims.ts).
  custody: ['in', 'custody', 'a', 'cell', 'police'],
  // Phrases of an earlier time ("last year", "years ago"): a cue in their clause is of that time (claims.ts), as a year in digits sets a sentence.
  earlier: ['last year', 'a year ago', 'years ago'],
  // A memory of childhood: "remembers Ziyaddin as the boy who … got beaten himself".
  memories: ['as a boy', 'as boys', 'as a child', 'as children', 'as a schoolboy', 'as a teenager', 'in childhood', 'the boy who'],
  // A concessive phrase opening the sentence: "Whatever Moscow says about failing hearts, …".
  concessives: ['whatever', 'no matter what', 'no matter how', 'however much'],
  // An ordinal that names a case, not a person: "… not the same thing: in the first …, in the second the heart …".
  instances: ['in the first', 'in the second'],
  // A numeral for the people right before a plural noun counts that noun's people: "the beating of the two traders".
  // (Not a noun of persons in general, nor one for the people themselves: "the two men", "the two victims".)
  numerals: { words: ['the two', 'those two'], endings: ['s'], persons: ['men', 'people', 'persons', 'victims', 'brothers', 'siblings', 'detainees', 'prisoners', 'azerbaijanis'] },
  // An ordinal before a part, a turn or a time counts those, not people: "the second half", "the second round".
  partitives: { after: ['of them', 'of those', 'of whom'], before: [] },
  ordinals: {
    words: ['the first', 'the second'],
    parts: [
      'half',
      'halves',
      'round',
      'leg',
      'period',
      'set',
      'game',
      'match',
      'goal',
      'place',
      'time',
      'day',
      'week',
      'month',
      'year',
      'term',
      'quarter',
      'innings',
      'lap',
      'stage',
      'minute',
      'season',
      'row',
      'floor',
      'attempt',
      'act',
      'chapter',
      'part',
      'episode',
    ],
  },
  // A clause of accord that names who holds what is said: "Were the brothers tortured, as Azerbaijani prosecutors insist?".
  accord: { before: ['as'] },
  // A party as the agent of a participle after a noun of account: "the version of events put forward by Moscow".
  agents: {
    words: ['by'],
    verbs: ['given', 'offered', 'forward', 'advanced', 'presented', 'provided', 'issued', 'released', 'promoted', 'pushed', 'floated', 'voiced', 'circulated', 'proposed', 'spread', 'told'],
  },
  origins: ['from', 'by'],
  abbreviations: [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'gen',
    'col',
    'lt',
    'sgt',
    'gov',
    'sen',
    'rep',
    'st',
    'jr',
    'sr',
    'no',
    'vs',
    'etc',
    'inc',
    'ltd',
    'co',
    'jan',
    'feb',
    'mar',
    'apr',
    'aug',
    'sept',
    'sep',
    'oct',
    'nov',
    'dec',
    'u.s',
    'u.k',
    'e.g',
    'i.e',
  ],
  titles: (
    'president mr mrs ms dr minister prime deputy general prosecutor premier leader chairman spokesman spokeswoman brothers brother ' +
    'foreign ambassador embassy government parliament officials ministry monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'the and but or so yet when while after before since as if on in at by for from with without of to then now later meanwhile ' +
    'also still however though although because once today yesterday here there this that these those what why how where which ' +
    'who whom both neither either only even two late'
  ).split(' '),
  forms(name, role) {
    const text = name.toLowerCase();
    const plural = (familyPlural?: boolean): Form[] => {
      const words = text.split(' ');
      const last = words.pop()!;
      return [{ text: [...words, englishPlural(last)].join(' '), ...(familyPlural ? { familyPlural } : {}) }];
    };
    switch (role) {
      case 'stem':
        return [{ text, grammar: 'stem' }];
      case 'name':
      case 'person':
      case 'adjective':
        return [{ text }];
      case 'family':
        return [{ text }, ...plural(true)];
      default:
        return [{ text }, ...plural()];
    }
  },
};
