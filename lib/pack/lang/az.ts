/**
 * Azerbaijani. A name takes stacked suffixes in vowel harmony (Rusiya|nın, Bakı|dakı, Yekaterinburq|da,
 * azərbaycanlı|lar|ın): the forms are the names themselves, and the grammars below say which suffix chains
 * may follow. Harmony: A is a after a back vowel (a ı o u) and ə after a front one (ə e i ö ü); I is ı, u,
 * i or ü after a ı, o u, ə e i, ö ü. A bracketed letter is a buffer: a consonant written only after a
 * vowel (Bakı-n-ın), a vowel only after a consonant (Azərbaycan-ı-mız).
 */
import type { Language, SuffixRules } from './types';

const vowels = ['', 'aı', 'ou', 'əei', 'öü'];
/** Texts typed without Azerbaijani letters still read; harmony then only tells i from u and a from e. */
const fold = { ı: 'i', ə: 'e', ö: 'o', ü: 'u' };
const harmony = { A: ['ə', 'a', 'a', 'ə', 'ə'], I: ['i', 'ı', 'u', 'i', 'ü'] };

const plural = { templates: ['lAr'] };
/** Possessive: 3rd person (qardaş-ları, Bakı-sı) and 1st plural (Azərbaycan-ımız). */
const possessive = { templates: ['(s)I', '(I)mIz'] };
/** Genitive, dative, accusative, locative, ablative, instrumental; after a vowel also the n- forms of a possessed noun. */
const cases = { templates: ['(n)In', '(y)A', '(n)I', 'dA', 'dAn', '(y)lA', '(n)A', '(n)dA', '(n)dAn'] };
/** -kI after a locative or genitive (Bakıdakı, Rusiyanınkı), then a case again (Bakıdakılar). */
const relative = { templates: ['kI', 'kIlAr'] };
const copula = { templates: ['dIr'] };

const rules = (slots: SuffixRules['slots']): SuffixRules => ({ vowels, fold, harmony, slots });

export const az: Language = {
  code: 'az',
  // q and ğ meet g and h (Yekaterinburq = Yekaterinburg = Екатеринбург); ç ş as English writes them.
  romanise: { ç: 'ch', ş: 'sh', ğ: 'h', q: 'h' },
  // Verbs as stems (a final hyphen): every person, tense and voice (bildir-: bildirib, bildirir, bildirilib).
  attribution: [
    // Answering the other side's charge ("Rusiya müstəntiqləri isə cavab verir ki, …").
    'cavab verir',
    'cavab verib',
    'cavab verdi',
    // A word not changed (sözünü dəyişməyib: it stands by it).
    'söz- … dəyişməyib',
    'söz- … dəyişmir',
    // Keeping to an account (ittihamlarından geri çəkilmir): it stands by it.
    'geri çəkilmir',
    'geri çəkilməyib',
    'geri çəkilməyəcək',
    'geri addım atmır',
    // (Nor turning from its position: "Moskva isə mövqeyindən dönmür".)
    'mövqeyindən dönmür',
    'mövqeyindən dönməyib',
    'yumşaltmayıb',
    'yumşaltmır',
    'bildir-',
    'açıqla-',
    'iddia ed-',
    'iddia olun-',
    'iddiasına',
    'qeyd ed-',
    'qeyd olun-',
    'vurğula-',
    'xəbər ver-',
    'məlumat ver-',
    'ittiham ed-',
    'deyib',
    'deyir',
    'deyirlər',
    'dedi',
    'deyilir',
    'deyilirdi',
    'deyə',
    'görə',
    'fikrincə',
    // (In someone's telling: "Moskvanın təqdimatında …".)
    'təqdimatında',
    'hesab ed-',
    // One's own belief ("düşünürəm ki, …", "Heç şübhəm yoxdur ki, …").
    'düşünürəm',
    'düşünür',
    'düşünürük',
    'inanıram',
    'şübhəm yoxdur',
    'şübhə etmirəm',
    'israr ed-',
    // Insistent (… öldürüldüyündə israrlıdır).
    'israrlı-',
    // Insisting (təkid edir), and qualifying in law (… qətl kimi tövsif edilir).
    'təkid ed-',
    'tövsif ed-',
    'izah ed-',
    'danış-',
    'bəhs ed-',
    'adlandır-',
    'qiymətləndir-',
    'dəyərləndir-',
    'yazıb',
    // Asking ("@istifadəçi soruşur: «…?»"), as "asked" and «задаётся вопросом» say.
    'soruş-',
    'yazdığına',
    'guya',
    'versiya-',
    'əmin-',
    'günahlandır-',
    // Citing something as one's grounds ("Rusiya isə infarktı əsas gətirir"), as 'points to'.
    'əsas gətir-',
    'yaz-',
    'bəyan ed-',
    'əsasən',
    'rəyinə',
    'mövqeyində',
    'təqdim ed-',
    'söylə-',
    'səsləndir-',
    'istinad-',
    'əlaqələndir-',
    'elan ed-',
    'iddia-',
    // Repeating an account (təkrarlayır, təkrar edib); sources (Rusiya mənbələri); "X-i əsassız sayır" (deems).
    'təkrarla-',
    'təkrar ed-',
    'mənbə-',
    'sayır',
    'sayırlar',
    'sayıb',
    'sayıblar',
    // "X-in səbəbi kimi … şoku göstərir": names it as the cause.
    'kimi … göstər-',
    // Being taken as something (… qətl kimi qəbul olunur, kimi qəbul edilir): how those who take it see it.
    'kimi … qəbul olun-',
    'kimi … qəbul edil-',
    // Characterising (səciyyələndirib), and being of a conviction or view ("… öldürüldüyü qənaətindədir", "… fikrindədir").
    'səciyyələndir-',
    'qənaət-',
    'fikrindədir',
    'fikrindədirlər',
    'fikrində',
    // Having recalled (ittiham tərəfi … öldüyünü xatırladıb); the outlet's own "xatırladaq" is its voice. (Not xatırladır, xatırladaraq:
    // what rights groups recall of prisons in general, and memories of 1990.)
    'xatırladıb',
    'xatırladıblar',
    // Putting a charge forward (Bakının irəli sürdüyü ittiham); what is said (deyilənə görə: not deyil, 'is not', with a suffix);
    // a position not changed (mövqeyini dəyişməyib: it stands by it; not "dünyasını dəyişməyib", has not passed away).
    'irəli sür-',
    'deyilən-',
    'mövqe- … dəyişməyib',
    'mövqe- … dəyişmir',
    'mövqe- … dəyişmədi-',
    'mövqe- … dəyişməyəcək',
    // Adding to what was said (… deyə əlavə edib).
    'əlavə ed-',
    // Condemning what was done (işgəncəni və qətli pisləyiblər, qınayıb): the condemners' account of it; being unanimous (yekdildir: …).
    'pislə-',
    'qına-',
    'yekdil-',
  ],
  denial: [
    // (Not officialese's denials, tried in the tenth session: "təhrifi kimi", "ayağına yazmaq olmaz", "inamsızlıqla qarşılanıb" deny what
    // their own clause speaks of and read a cue beside them as denied.)
    // Not to be convinced ("Heç kim bizi … inandıra bilməz").
    'inandıra bilməz',
    'inandıra bilməzlər',
    'inandıra bilməyəcək',
    // Not agreeing; no proof; an old trick.
    'razı deyil',
    'razı deyilik',
    'razı deyillər',
    'sübut yox',
    'sübut deyil',
    'köhnə fənd',
    'rədd ed-',
    'təkzib ed-',
    // Objecting to an account (versiyasına qəti etiraz edir).
    'etiraz ed-',
    'inkar ed-',
    'qəbul etmir-',
    'qəbul etməyib',
    'qəbul etmədiy-',
    'yalan',
    'əsassız',
    // "… ittihamlarını təxribat adlandırıb".
    'təxribat',
    'həqiqətə uyğun deyil',
    // Saying that something is not true ("Rusiya isə bunun doğru olmadığını bildirir").
    ...['doğru deyil', 'doğru olmadığını', 'doğru olmadığı'],
    'uydurma',
    'ört-basdır',
    'qəbul edilmir',
    'bəhanə-',
    'alibi-',
    'inandırıcı deyil',
    'inandırıcı hesab etmir-',
    // And its passive: not held convincing (inandırıcı hesab edilmir, hesab olunmur, sayılmır).
    'inandırıcı hesab edilmir',
    'inandırıcı hesab edilməyib',
    'inandırıcı hesab olunmur',
    'inandırıcı hesab olunmayıb',
    'inandırıcı sayılmır',
    'inandırıcı sayılmayıb',
    // Not counting an account convincing (inandırıcı saymır, saymayıb, saymadığını).
    // A charge called politically motivated (işgəncə iddialarını siyasi motivli adlandırıb): set aside as politics.
    'iddia- … siyasi motivli',
    'inandırıcı saymır-',
    'inandırıcı saymayıb',
    'inandırıcı saymadı-',
    'nağıl-',
    'qəbuledilməz',
    'qəbul edilməz',
    'cəfəngiyat',
    'qane etmir',
    'qane etməyib',
    'qane etmədi-',
    'inanmır-',
    // Refusing to believe ("… inanmaqdan imtina edirəm").
    'inanmaqdan imtina ed-',
    // Refusing to accept it ("… rəyi qəbul etməkdən imtina edir"), as en "refuses to accept".
    'qəbul etməkdən imtina ed-',
    // Choosing not to believe ("… nəticəsinə «inanmamağı seçib»").
    'inanmamağı seç-',
    // Doubting it ("… verildiyinə şübhə edirəm").
    'şübhə ed-',
    'inanmayıb',
    'inanmadı-',
    // (And the future: "heç vaxt inanmayacağam".)
    'inanmayacağ-',
    'inanmayacaq',
    // (And the aorist, would never believe: "… heç vaxt inanmaram", "inanmaz"; and cannot believe, "buna inana bilmərəm".)
    'inanmar-',
    'inanmaz',
    'inanmazlar',
    'inana bilmər-',
    'inana bilmir-',
    // Seeing no ground or reason to accept or believe an account ("… qəbul etmək üçün heç bir əsas görmürəm"; not one to revisit it).
    'qəbul etmək üçün … əsas görmür-',
    'qəbul etmək üçün … səbəb görmür-',
    'inanmaq üçün … əsas görmür-',
    // (Or to speak of it: "… işgəncədən danışmaq üçün heç bir əsas görmür".)
    'danışmaq üçün … əsas görmür-',
    'söyləmək üçün … əsas görmür-',
    'demək üçün … əsas görmür-',
    'inanmaq üçün … səbəb görmür-',
    // Not standing up to criticism ("İnfarkt versiyası tənqidə dözmür").
    'tənqidə dözmür',
    'tənqidə tab gətirmir',
    // Calling an account ridiculous (… iddiasını gülünc adlandırıb).
    'gülünc',
    'kim inan-',
    'əsası yox-',
    'əsası olmadığ-',
    'əsası olmayan',
    'uyğun gəlmir',
    'üst-üstə düşmür',
    'ziddir',
    // Not agreeing with an account (razılaşmır, razılaşmayacaq, razılaşmadığını).
    'razılaşmır-',
    'razılaşmayıb',
    'razılaşmayacaq',
    'razılaşmadı-',
    // "… cəhdindən başqa bir şey deyil": nothing but.
    'başqa bir şey deyil',
    'başqa şey deyil',
    // Not taking an account (qəbul etməyin mümkünsüz, qəbul etməyəcək), naming it a mockery (not təhqir: the detainees' abuse too), propaganda.
    'qəbul etməy-',
    'qəbul etməz',
    // Never having said an account (… öldüyünü heç vaxt deməyib).
    'deməyib',
    'deməyiblər',
    'deməyəcək',
    // Not to be taken (… ciddi qəbul edilə bilməz, qəbul oluna bilməz), and hiding the truth (həqiqəti gizlətmək cəhdi).
    'qəbul edilə bilməz',
    'qəbul oluna bilməz',
    'həqiqəti gizlət-',
    'istehza-',
    'inanmaq çətindir',
    'inanmaq mümkün deyil',
    'təbliğat-',
    // Siyasət kimi: "Bu işgəncə söhbətlərinin hamısı sırf siyasətdir".
    ...['sırf siyasətdir', 'sadəcə siyasətdir', 'siyasətdən başqa bir şey deyil'],
    'dezinformasiya-',
    'informasiya hücum-',
    'informasiya müharibə-',
    'informasiya kampaniya-',
    'siyasi kampaniya-',
    // Convincing no one (heç kəsi inandırmır), no evidence of it (heç bir sübut yoxdur).
    'inandırmır',
    'inandırmayıb',
    'inandırmadı-',
    'sübut yoxdur',
    'sübutu yoxdur',
    'heç bir sübut',
    // Nothing said to prove it: "… verildiyini sübut edən heç nə yoxdur".
    'sübut edən heç nə',
    // A rhetorical question that rules an account out (nə vaxtdan bəri infarkt …?), one said to explain nothing, one invented.
    'nə vaxtdan',
    'heç nəyi izah etmir',
    // (Not "spekulyasiyadır", as not English "is speculation": it calls what its own clause speaks of speculation.)
    // An account said to collapse ("Ürək çatışmazlığı versiyası ilk ciddi yoxlamadaca çökür").
    'versiya- … çök-',
    // Said to explain nothing of it ("İnfarkt iki qardaşın ölümünü izah etmir").
    'izah etmir',
    'izah etmədi-',
    'uydurul-',
    // Said to be made up (işgəncə hekayəsini Bakıda uydurublar).
    ...['uydurub-', 'uydurdu-'],
    // Far from the truth; a disrespect (Rusiyanın izahını ailəyə qarşı hörmətsizlik adlandırıb).
    'həqiqətdən uzaq',
    // An account said to be none (Rusiyanın versiyasını versiya adlandırmaq belə çətindir).
    'adlandırmaq belə çətindir',
    'adlandırmaq çətindir',
    'hörmətsizlik',
    // Mocking an account (versiyasını ələ salıb).
    'ələ sal-',
    'lağa qoyur-',
    'lağa qoyub',
    'lağa qoydu-',
  ],
  // The negative -ma/-mə inside a verb, before its tense: -mır (present), -madı (past), -mayıb (perfect), -madığ- (participle),
  // -mayacaq (future; -mayacağ- before a vowel: etməyəcəyik); not the aorist's -maz, which ends nouns too (çatışmazlıq).
  negativeAffixes: {
    affixes: ['mır', 'mir', 'mur', 'mür', 'madı', 'mədi', 'mayıb', 'məyib', 'madığ', 'mədiy', 'mamış', 'məmiş', 'mayacaq', 'məyəcək', 'mayacağ', 'məyəcəy'],
    letters: 'əƏ',
    // (The aorist's -maz, -məz, only inside a word of denial: "inandıra bilməz".)
    denials: ['maz', 'məz'],
  },
  // (Nağıl: a tale told, an account as its deniers name it; it denies too.)
  claimNouns: ['versiya-', 'izahat-', 'izah', 'hekayə-', 'mövqe-', 'söhbət-', 'nağıl-', 'əhvalat-'],
  demonstratives: ['bu', 'həmin'],
  // (And findings, a party's conclusions: "Bakı Rusiya istintaqının nəticələrini rədd etdi".)
  charges: ['iddia-', 'ittiham-', 'açıqlama-', 'bəyanat-', 'məlumat-', 'sözlər-', 'nəticələr-'],
  pointers: { last: ['bu'], object: ['bunu', 'buna', 'bundan', 'bununla', 'onu', 'bunun'] },
  viewpoint: ['üçün'],
  // (And those two: "O ikisini polis döyə-döyə öldürüb".)
  people: ['onlar', 'onları', 'onlara', 'onların', 'o ikisi', 'o ikisini', 'o ikisinə', 'o ikisinin'],
  // "Bu adamlar", these people: see ru.
  // (And with o, those: "O oğlanları polis döyüb".)
  pointingPeople: { words: ['bu adamlar', 'bu cavanlar', 'bu oğlanlar', 'o adamlar', 'o cavanlar', 'o oğlanlar'], others: ['digər'] },
  // (And a broadcast's turn to other news before a colon: "İdman xəbərləri: …".)
  facts: ['fakt', 'faktdır', 'faktı', 'faktdir', 'həqiqət'],
  sources: ['tərəfi', 'istintaq', 'prokurorluq', 'polis', 'rəsmilər'],
  participles: ['rədd edən', 'rədd edərək', 'təkzib edən', 'təkzib edərək', 'inkar edən', 'inkar edərək', 'qəbul etməyən', 'qəbul etməyərək'],
  // Custody in general: places of detention in the plural, and deaths and complaints in custody as a kind.
  general: [
    // Patients, a population a hospital or an ambulance serves, anyone's ("ürək çatışmazlığı olan iki yaşlı xəstə").
    'xəstələr-',
    'pasiyentlər-',
    'həbsxanalar-',
    'koloniyalar-',
    'təcridxanalar-',
    'cəzaçəkmə müəssisələr-',
    'polis bölmələr-',
    'ölüm halları',
    'işgəncə şikayətləri',
    // Complaints counted as a kind, whatever they are about (polis zorakılığı barədə şikayətlərin …): the plural, any ending.
    'şikayətlər-',
    // A population spoken of as a kind: men of an age ("küçədə ürəyi tutan yaşlı kişiyə", an elderly man).
    'yaşlı kişi',
    'yaşlı kişilər',
    // (Men among whom, or of an age: "kişilər arasında", "qırx yaşlarında kişilər", "50 yaşdan yuxarı kişilər", as en's "among men", "men aged", "men over".)
    'kişilər arasında',
    'yaşlarında kişi-',
    'yaşdan yuxarı kişi-',
    'yaşdan aşağı kişi-',
    'yaşadək kişi-',
    'yaşa qədər kişi-',
  ],
  // Many cases or a kind spoken of: how often, for how long, how many, statistics (a general statement, of no one case).
  generic: [
    // People with weak hearts, a kind ("Ürəyi zəif olanlar bu videoya baxmasın", a warning before a video; review).
    'ürəyi zəif olanlar',
    // How often, over many cases ("sənədlərdə ən çox «ürək çatışmazlığı» yazılır").
    'ən çox',
    'hər il',
    'illərdir',
    'uzun illərdir',
    'ildən-ilə',
    'yüzlərlə',
    'minlərlə',
    'onlarla',
    'dəfələrlə',
    'müntəzəm',
    'mütəmadi',
    'adətən',
    // (Often, as «нередко»: "bu iki anlayış tez-tez qarışdırılır".)
    'tez-tez',
    'çox vaxt',
    // (Or almost never: "… demək olar ki, heç vaxt məhkum etmir".)
    'demək olar ki, heç vaxt',
    'sistematik-',
    'bir qayda olaraq',
    'statistika-',
    // A share of everyone: "hər iki nəfərdən biri … ölür", "hər üçüncü ölüm".
    ...['hər iki nəfərdən biri', 'hər üç nəfərdən biri', 'hər ikinci', 'hər üçüncü', 'hər dördüncü'],
    'yüzdən çox',
    // Most of many: "həbsdə ölənlərin əksəriyyətinin ölüm səbəbi kimi …".
    'əksəriyyət-',
    // Over many years, in many places: "uzun illər ərzində", "müxtəlif ölkələrdə".
    'illər ərzində',
    'müxtəlif ölkələr-',
    'bir çox ölkə-',
    // How common, how rare: "… geniş yayılıb", "nadir hallarda məhkəməyə çatır", "ölümün əsas səbəbidir".
    'geniş yayıl-',
    // (Common, as "common among", «распространен-»: "miqrantlar arasında infarkt çox yayılıb".)
    'çox yayıl-',
    'yayğın-',
    'nadir',
    'nadir hallarda',
    'əsas səbəb-',
    // Courts' rulings over many cases: "… çoxsaylı qərarlar çıxarıb".
    'çoxsaylı qərar-',
    'Avropa İnsan Hüquqları Məhkəməsi',
    'AİHM',
    'Strasburq məhkəməsi',
    // Medicine's own terms for a kind of death.
    'qəfil ürək ölümü',
    // Medicine on anyone: risks and risk factors, definitions ("… infarkt riskini artırır", "infarkt … deməkdir").
    'risk-',
    'risk faktor-',
    'deməkdir',
    // In general (ümumiyyətlə), and cases counted (infarkt hallarının artması).
    'ümumiyyətlə',
    'hallar-',
    // Every case, all cases: "ölüm … izah edilən hər bir halda", "bütün hallarda".
    'hər bir halda',
    'bütün hallarda',
  ],
  // Irony right before a cue: an account the outlet mocks ("the convenient 'weak heart'").
  // (And "yerinə düşən", apt: "yenə həmin «yerinə düşən» infarkt".)
  ironic: ['əlverişli', 'əlverişli şəkildə', 'münasib', 'vaxtında', 'məşhur', 'nə rahat', 'yerinə düşən'],
  concealment: ['ört-basdır', 'gizlə-'],
  otherVictims: [
    'etirazçı-',
    'nümayişçi-',
    'tələbə-',
    'aksiyaçı-',
    'iştirakçı-',
    'piketçi-',
    'azarkeş-',
    'dinc sakin-',
    'dinc əhali-',
    'heyvanlara',
    'heyvanları',
    'heyvanların',
    'hərbi əsir-',
    'girov-',
  ],
  unrelated: ['bağlı deyil', 'əlaqəli deyil', 'əlaqəsi yoxdur', 'əlaqəsi olmayan', 'aidiyyəti yoxdur', 'əlaqəsiz', 'digər xəbərlər', 'idman xəbərləri'],
  ownVoice: [
    // The outlet recalling its own reporting ("Əvvəllər də yazdığımız kimi, …", "Xəbər verdiyimiz kimi, …"): no one else speaks.
    ...['yazdığımız kimi', 'xəbər verdiyimiz kimi', 'məlumat verdiyimiz kimi'],
    // No change in a position negates nothing of it ("Rusiya tərəfinin mövqeyində dəyişiklik yoxdur").
    'dəyişiklik yoxdur',
    'dəyişiklik olmayıb',
    'qeyd edək',
    'qeyd etmək lazımdır',
    'xatırladaq',
    'deyək',
    'vurğulayaq',
    'bildirək',
    // A broadcast's own lead-in ("Verilişimizə … xəbərlə başlayırıq: …").
    'başlayırıq',
    'başlayaq',
    // A doubt ruled out negates nothing of the claim (heç bir şübhə yoxdur).
    'şübhə yoxdur',
    'heç bir şübhə yoxdur',
    'şübhə doğurmur',
    // A source's wish not to be named negates nothing.
    'adının çəkilməsini istəməyən',
    'adının açıqlanmasını istəməyən',
    'adının çəkilməməsini xahiş edən',
  ],
  // (And grief: "onun ürəyinin yükü", the weight on his heart.)
  figures: ['ürəyində', 'ürəyinin yükü'],
  // (No words of a game's score: "hesab" is also an account, "X hesabı 14:30-da yazıb", and "ümumi hesabla" is in all.)
  // The particle -mı asks yes or no, on the predicate that closes the question (deyibmi?, doğrudurmu?) or written apart (deyib mi?).
  // Words that ask too: really? (doğrudanmı, həqiqətənmi), can it be that (məgər, bəyəm), or else (yoxsa), is there (varmı). And the particle
  // on a predicate's or an adverb's own ending, on any word: -ib-mi, -dı-mı, -dır-mı, -acaq-mı, -mış-mı, -dan-mı.
  questions: {
    particles: ['mı', 'mi', 'mu', 'mü', 'doğrudanmı', 'həqiqətənmi', 'məgər', 'bəyəm', 'yoxsa', 'varmı', 'yoxmu'],
    // (Words that ask for something, whose absence leaves a question yes or no; not kimi, which is also "like". Hansı asks to choose.)
    interrogatives: ['nə', 'nəyi', 'nəyə', 'nədən', 'niyə', 'nəçin', 'necə', 'kim', 'kimə', 'kimin', 'kimdən', 'hara', 'harada', 'haradan', 'haraya', 'hansı', 'hansına', 'hansını', 'neçə'],
    choices: ['hansı', 'hansına', 'hansını'],
    // ("Moskvada kimsə ciddi olaraq gözləyir ki, …?", "Bu hekayəni kim ciddi qəbul edə bilər?": cavabı "heç kim"dir.)
    rhetorical: [
      // "Ağlı başında kim … inanar?", "Kimsə doğrudanmı inanır ki, …?": heç kim.
      'ağlı başında',
      'doğrudanmı inanır',
      'doğrudanmı inanırlar',
      // A question that asks since when something happens expects "never" ("Nə vaxtdan …?").
      'nə vaxtdan',
      'nə vaxtdan bəri',
      'ciddi',
      'inanmalıyıq',
      'inanmalıdır',
      'inanmalıyam',
      // "… biz də başımızı tərpədib razılaşmalıyıq?": go along with it.
      'razılaşmalıyıq',
      // "Bakıda kim … razılıqla başını tərpədəcək?"
      'başını tərpədəcək',
      'inanmağımızı gözləyirlər',
      'inanmağımızı gözləyir',
      // "Nazirlik doğrudanmı düşünür ki, … kimsə … qəbul edəcək?" (Not "doğrudanmı" alone: "Rusiya doğrudanmı … deyib?" asks whether
      // Russia said it; nor "izah etmək olar", a review found, which an interviewer asks a doctor: "… nə ilə izah etmək olar?".)
      ...['doğrudanmı düşünür', 'doğrudanmı düşünürlər', 'doğrudanmı gözləyir', 'doğrudanmı gözləyirlər'],
      // "Moskva doğrudanmı kiminsə … inanacağını gözləyir?", expects anyone to believe, accept; "… kim inanar?", who would believe.
      ...['inanacağını gözləyir', 'inanacağını gözləyirlər', 'inanacağımızı gözləyir', 'inanacağımızı gözləyirlər'],
      ...['qəbul edəcəyini gözləyir', 'qəbul edəcəyini gözləyirlər', 'qəbul edəcəyimizi gözləyir', 'qəbul edəcəyimizi gözləyirlər'],
      'kim inanar',
      'kim inana bilər',
      'kim razılaşar',
      'sübut hanı',
      'sübutu hanı',
      'sübutlar hanı',
      'sübutları hanı',
      'sübut haradadır',
      'sübutu haradadır',
      'sübutlar haradadır',
      // "… nə qazanacaqdı ki?": cavabı "heç nə"dir. (Not məgər: "Məgər Bakı … deyib?" asks whether Baku said it.)
      'nə qazanacaqdı',
      'nə qazanardı',
      // "Bizi axmaq yerinə qoyurlar?": cavabı "yox"dur.
      'axmaq yerinə qoyurlar',
      'axmaq yerinə qoyur',
    ],
    // "Polis … niyə işgəncə versin?", "nə üçün döyüb öldürsün ki?": why would they, an optative.
    why: ['niyə', 'nə üçün', 'nəyə görə'],
    // "İnfarkt, doğrudanmı?": an account echoed back in disbelief.
    echoes: ['doğrudanmı', 'həqiqətənmi', 'ciddi'],
    // (Plural too: "Müstəntiqlər … niyə döyüb öldürsünlər ki?")
    moods: ['sın', 'sin', 'sun', 'sün', 'sınlar', 'sinlər', 'sunlar', 'sünlər'],
    suffixes: ['mı', 'mi', 'mu', 'mü', 'mıdır', 'midir', 'mudur', 'müdür'],
    endings: [
      ...['ıbmı', 'ibmi', 'ubmu', 'übmü'],
      ...['dımı', 'dimi', 'dumu', 'dümü', 'tımı', 'timi', 'tumu', 'tümü'],
      ...['dırmı', 'dirmi', 'durmu', 'dürmü', 'tırmı', 'tirmi', 'turmu', 'türmü'],
      ...['acaqmı', 'əcəkmi', 'mışmı', 'mişmi', 'muşmu', 'müşmü'],
      ...['danmı', 'dənmi', 'tanmı', 'tənmi'],
    ],
  },
  negation: [
    'deyil',
    'deyiləm',
    'deyilik',
    'yox',
    'yoxdur',
    'heç bir',
    'olmayıb',
    'olmadığını',
    'aşkarlanmayıb',
    'aşkar edilməyib',
    'tapılmayıb',
    'rast gəlinməyib',
    'görünməyib',
    'heç kim',
    'heç nə',
  ],
  topics: { before: ['barədə', 'haqqında', 'bağlı', 'dair', 'üzrə'] },
  conjunctions: ['və', 'amma', 'lakin', 'ancaq', 'halbuki', 'baxmayaraq'],
  pairs: ['və', 'ilə'],
  disjunctions: ['və ya', 'yaxud', 'yoxsa', 'ya da'],
  clauseJoins: { words: ['və', 'amma', 'lakin', 'ancaq'], afterComma: false },
  complementizers: ['ki'],
  // What makes a common noun for people definite: a word that points, a number (həmin kişilər, hər iki kişi, iki saxlanılan), or one of
  // them after it (kişilərdən biri); bare, it is definite only where the sentence speaks of no kind and no other time.
  determiners: {
    bare: true,
    supposing: ['əgər'],
    // Bir kişi, a man: no one the page has named ("polislərin silahsız bir kişini öldürdüyü"). (Not "hər bir", each, which may be each of
    // the page's own: "hər bir cəsəddə döyülmə izləri".)
    indefinite: ['bir'],
    each: ['hər'],
    before: ['bu', 'həmin', 'hər iki', 'iki', 'sözügedən', 'adıçəkilən'],
    // (And "ən azı biri", at least one of them: "Ölümlərdən ən azı biri …".)
    after: ['biri', 'birinin', 'birinə', 'birini', 'birindən', 'ikincisi', 'ikincisinin', 'digəri', 'digərinin', 'ən azı biri'],
  },
  // Sayılar ki, sayılan ismi açır, "onlardan biri", "ikincisi" ona qayıda bilər: "iki keçmiş məhbus …", "hər iki layihə …".
  counters: ['iki'],
  // Hələ adı çəkilməyən adamların sayılan qrupu başqalarını gətirir ("iki əməkdaşı", "üç əmioğlu", "Əkiz bacılar"); "qardaşlar", "hər ikisi",
  // "böyüyü" sonra onlardır. İsimlər kökdür; yaş sözləri saydan sonra gəlir ("31 və 27 yaşlı").
  groups: {
    counters: ['iki', 'üç', 'dörd', 'beş', 'altı', 'əkiz'],
    nouns: [
      'əməkdaş',
      'polisl',
      'bacı',
      'əkiz',
      'əmioğl',
      'azarkeş',
      'təqsirləndiril',
      'şübhəli',
      'məhbus',
      'məhkum',
      'mədənçi',
      'tələbə',
      'qadın',
      'əsgər',
      'deputat',
      'tacir',
      'jurnalist',
      'fəal',
      'inşaatçı',
      'fəhlə',
      'satıcı',
      'kuryer',
      'sürücü',
    ],
    ages: ['yaş'],
  },
  // Pronouns of a speaker the page has introduced, as the subject of a saying after a quotation ("…", — deyə o bildirdi).
  voices: ['o', 'onlar'],
  // Words that point back to people named before: pronouns, and one, the other, the second of them.
  anaphors: [
    ...['o', 'onun', 'ona', 'onu', 'ondan', 'onlar', 'onların', 'onlara', 'onları', 'onlardan', 'biri', 'birinin', 'birinə', 'birini'],
    ...['digəri', 'digərinin', 'digərinə', 'ikinci', 'ikincinin', 'ikinciyə', 'ikincini', 'ikincisi', 'ikincisinin', 'ikisi', 'ikisinin', 'qardaşı', 'qardaşının'],
  ],
  // Nouns of a case that a name qualifies ("Səfərovlar işi", "Səfərovların işi").
  affairs: { after: ['işi', 'işinin', 'işində', 'işinə', 'işini', 'işindən', 'işləri', 'işlərinin', 'işlərində', 'işlərinə', 'işlərini', 'işlərindən', 'məsələsi', 'məsələsinin'] },
  // Frames of time or likeness a name stands in, after it ("Qardaşların ölümündən sonra", "Qardaşlar kimi").
  // Someone else's people: "mənim qardaşım", "öz qardaşı", "başqa iki qardaş".
  others: ['mənim', 'öz', 'başqa'],
  // Peşə və ya rütbə soyaddan əvvəl: adaş ("kardioloq Səfərov", "həkim A. Səfərov").
  // Nəşr və onun yaydığı, danışan kimi: "Qəzet … adlandırır", "Agentliyin başlığı", "titri ilə".
  // The outlet's own staff in a speaker's label ("ANCHOR:", «ВЕДУЩИЙ:», "APARICI:", "Q:"): what follows is the outlet's voice.
  // A heading over readers' comments ("Seçilmiş şərhlər"): the lines under it are theirs.
  comments: ['şərhlər', 'şərhləri'],
  // An official document printed whole under its header and date line ("Mətbuat xidmətinin bəyanatı. Bakı, bu həftə."): its body is the
  // issuing body's words, up to an editor's note ("Redaksiyadan").
  documents: {
    kinds: ['bəyanat', 'bəyanatı', 'məlumat', 'nota', 'müraciət', 'müraciəti', 'press-reliz', 'reliz', 'kommünike', 'qərar', 'qərarı', 'qətnamə', 'qətnaməsi'],
    notes: ['redaksiyadan', 'redaksiya qeydi', 'redaksiyanın qeydi', 'redaktordan'],
  },
  // A rubric of the outlet's links to its own stories ("Həmçinin oxuyun: …"): the headline after it is its own coverage of the page's story.
  links: ['həmçinin oxuyun', 'həmçinin bax', 'həmçinin baxın', 'oxuyun', 'mövzu ilə bağlı', 'bu mövzuda'],
  // A photo's credit line ("Foto: … / Caspian Press Photo"): names under a picture, no headline of a story of its own.
  credits: ['foto', 'şəkil', 'video', 'fotoşəkil'],
  // What protesters write on ("Plakatlardan birində: "…""): a quotation on one, on a page about the incident, is the protest's words about it.
  placards: [
    'plakat',
    'plakatda',
    'plakatlar',
    'plakatlarda',
    'plakatlardan',
    'transparant',
    'transparantda',
    'transparantlarda',
    'transparantlardan',
    // (Not "kart", "açıqca" nor "lövhə", as not English "card" nor "sign": a bank card, a greeting card, a board at a door.)
    'şüar',
    'şüarda',
  ],
  // Anyone at all as a negative subject's object ("Heç kim heç kimə işgəncə verməyib"): a sweeping denial.
  // (And "kiməsə", anyone, after a word of doubt: "polisin kiməsə işgəncə verdiyinə əmin deyiləm".)
  universals: ['heç kimə', 'heç kimi', 'heç kəsə', 'heç kəsi', 'kiməsə', 'kimisə'],
  // (And a script's "GİRİŞ:", the presenter's link into a report, and "REDAKSİYANIN ŞƏRHİ:".)
  staff: ['aparıcı', 'müxbir', 'reportyor', 'sual', 'moderator', 'redaksiya', 'redaktor', 'giriş', 'redaksiyanın'],
  // First-person pronouns, before a word of belief: one's own belief. (And the words of belief that carry the first person on their own
  // ending, the pronoun dropped: "Əminəm ki, …", "Düşünürəm ki, …", "İnanmıram ki, …", "Məncə, …".)
  selves: ['mən', 'məncə', 'fikrimcə', 'əminəm', 'düşünürəm', 'inanıram', 'inanmıram', 'bilirəm', 'şübhəm', 'görürəm', 'görmürəm'],
  // Suspicion, before a cue in scare quotes: a mocked account.
  suspicion: ['şübhələnirəm', 'şübhələnir', 'şübhələnirik', 'şübhələnirlər'],
  // Naming an account something in quotation marks ("işgəncə iddialarını o "siyasət" adlandırıb"): a dismissal.
  naming: ['adlandırıb', 'adlandırdı', 'adlandırır', 'adlandırıblar', 'adlandırdılar', 'adlandırırlar', 'qiymətləndirib', 'qiymətləndirdi', 'qiymətləndirir'],
  // (Unless the name endorses it: "sübut olunmuş fakt", "yekun nəticə".)
  endorsing: ['sübut', 'yekun', 'fakt', 'həqiqət', 'əsaslı', 'inandırıcı', 'təsdiq', 'mübahisəsiz', 'şübhəsiz'],
  // A tag that closes a question after a comma: it states and asks to agree.
  tags: ['elə deyilmi', 'deyilmi', 'düz demirəm'],
  media: [
    ...['qəzet', 'qəzeti', 'qəzetin', 'qəzetə', 'sayt', 'saytı', 'saytın', 'portal', 'portalı', 'agentlik', 'agentliyi', 'agentliyin', 'kanal', 'kanalı', 'kanalın', 'telekanal', 'telekanalı'],
    ...['nəşr', 'nəşri', 'nəşrin', 'redaksiya', 'redaksiyası', 'başlıq', 'başlığı', 'başlığında', 'titr', 'titri', 'titrlə', 'buraxılış', 'buraxılışı'],
  ],
  occupations: ['həkim', 'doktor', 'professor', 'kardioloq', 'kardiocərrah', 'cərrah', 'hakim', 'məşqçi', 'polkovnik', 'mayor', 'kapitan', 'leytenant', 'general', 'serjant'],
  possessives: ['onun', 'onların'],
  // Öz çevrəsi, hadisənin adamları deyil: "Qardaşların dayısı … infarkt keçirib", "qardaşların qonşusu".
  kin: {
    nouns: [
      'dayı',
      'dayısı',
      'dayıları',
      'əmi',
      'əmisi',
      'əmiləri',
      'xala',
      'xalası',
      'bibi',
      'bibisi',
      'ata',
      'atası',
      'ana',
      'anası',
      'baba',
      'babası',
      'nənə',
      'nənəsi',
      'qonşu',
      'qonşusu',
      'qonşuları',
      'dost',
      'dostu',
      'dostları',
      'həmkarı',
      'həmkarları',
      // Qohum və vəkil öz adamı adından danışır ("Mərhumun vəkili infarkt versiyasını qəbul etmir").
      'qohumu',
      'qohumları',
      'vəkil',
      'vəkili',
      'vəkilləri',
    ],
  },
  // Adı çəkilənlərlə qohum olmayan: adaş ("qardaşlarla heç bir qohumluğu olmayan … Rəşad Səfərov").
  unrelatedTo: {
    after: [
      'heç bir qohumluğu olmayan',
      'qohumluğu olmayan',
      'qohum olmayan',
      'heç bir əlaqəsi olmayan',
      'əlaqəsi olmayan',
      'heç bir qohumluğu yoxdur',
      'qohumluğu yoxdur',
      'adaşı',
      // (Only a surname in common, or no kin: "qardaşlarla yalnız soyadı ortaq olan", "qardaşları ilə qohum deyil".)
      'yalnız soyadı ortaq',
      'soyadı ortaq',
      'qohum deyil',
      'ilə qohum deyil',
      'ilə qohumluğu yoxdur',
      'ilə heç bir qohumluğu yoxdur',
      'ilə heç bir əlaqəsi yoxdur',
      'ilə əlaqəsi yoxdur',
      // ("qardaşlarla heç bir qohumluğunun olmadığını vurğulayıb": stressed he has no kinship with the brothers.)
      'heç bir qohumluğunun olmadığını',
      'qohumluğunun olmadığını',
      'qohumu olmadığını',
    ],
  },
  // "Hansı işgəncə? Onlara heç kim toxunmayıb.": versiyanı rədd edən sual, ardınca inkar.
  dismissals: ['hansı', 'nə'],
  // Cəm şəkilçiləri (qardaşlar, qardaşlara, qardaşların).
  plurals: ['lar', 'lər', 'ları', 'ləri', 'lara', 'lərə', 'ların', 'lərin', 'lardan', 'lərdən', 'larla', 'lərlə', 'larda', 'lərdə'],
  // Words of custody that may open a headline before its cue ("Həbsdə döyülərək öldürülüblər: …", claims.ts).
  custody: ['həbsdə', 'həbsxanada', 'kamerada', 'polisdə', 'nəzarətdə', 'təcridxanada'],
  // Phrases of an earlier time ("keçən il", "il əvvəl"): a cue in their clause is of that time (claims.ts), as a year in digits sets a sentence.
  earlier: ['keçən il', 'ötən il', 'il əvvəl', 'il öncə'],
  // Uşaqlıq xatirəsi: "uşaqlıqda dəfələrlə döyülüb".
  memories: ['uşaqlıqda', 'uşaq ikən', 'uşaq olanda', 'məktəb illərində', 'gəncliyində'],
  // Hal bildirən sıra sayı, insan deyil: "… eyni şey deyil: birincidə …, ikincidə isə ürək …".
  instances: ['birincidə', 'ikincidə', 'birincisində', 'ikincisində'],
  // Hissənin, növbənin, vaxtın qarşısındakı sıra sayı onları sayır, insanları yox: "ikinci hissə", "birinci raund".
  partitives: { after: [], before: ['onlardan', 'bunlardan', 'onlardan da'] },
  ordinals: {
    words: ['birinci', 'ikinci'],
    parts: [
      // (And a place in a ranking: "ölüm səbəbləri arasında birinci yerdədir", first among the causes of death.)
      ...['yer', 'yeri', 'yerə', 'yerdə', 'yerdədir', 'yerdən', 'yerin', 'yerində', 'yerdəki'],
      'hissə',
      'hissəsi',
      'hissəni',
      'hissədə',
      'hissəsində',
      'hissəsini',
      'yarı',
      'yarısı',
      'yarını',
      'yarıda',
      'yarısında',
      'yarısını',
      'raund',
      'raundu',
      'raundda',
      'dövrə',
      'dövrəsi',
      'dövrədə',
      'oyun',
      'oyunu',
      'oyunda',
      'tur',
      'turu',
      'turda',
      'qol',
      'qolu',
      'yer',
      'yeri',
      'yerdə',
      'dəfə',
      'gün',
      'günü',
      'gündə',
      'həftə',
      'həftəsi',
      'həftədə',
      'ay',
      'ayı',
      'ayda',
      'il',
      'ili',
      'ildə',
      'mərhələ',
      'mərhələsi',
      'mərhələdə',
      'dəqiqə',
      'dəqiqəsi',
      'dəqiqədə',
      'mövsüm',
      'mövsümü',
      'mövsümdə',
      'sıra',
      'sırada',
      'mərtəbə',
      'mərtəbədə',
      'cəhd',
      'seriya',
      'seriyası',
      // (And a bill's reading: "ikinci oxunuşda".)
      ...['oxunuş', 'oxunuşu', 'oxunuşda', 'oxunuşunda'],
    ],
  },
  // Kimin dediyini adlandıran uyğunluq budağı: "Qardaşlar, Bakının israr etdiyi kimi, işgəncə ilə öldürülüblərmi?".
  accord: { after: ['kimi'] },
  // A party in the genitive, the agent of a participle before a noun of account: "Moskvanın irəli sürdüyü hadisə versiyası".
  agents: { participles: ['dığı', 'diyi', 'duğu', 'düyü', 'tığı', 'tiyi', 'tuğu', 'tüyü'] },
  // Vacib forma (araşdırılmalı, araşdırılmalıdır): nə edilməli olduğunu deyir, heç nə bildirmir.
  obligativeAffixes: ['malı', 'məli'],
  frames: {
    after: ['sonra', 'əvvəl', 'qabaq', 'bəri', 'qədər', 'kimi', 'fərqli olaraq'],
    possessed: ['ından', 'indən', 'undan', 'ündən', 'ına', 'inə', 'una', 'ünə'],
    // "Qardaşların dəfn olunduğu gün", on the day the brothers were buried; "öldükləri həftə", the week they died.
    participles: ['dığı', 'diyi', 'duğu', 'düyü', 'dıqları', 'dikləri', 'duqları', 'dükləri', 'tığı', 'tiyi', 'tuğu', 'tüyü'],
    genitives: ['ın', 'in', 'un', 'ün'],
    times: ['gün', 'günü', 'həftə', 'həftəsi', 'ay', 'ayı', 'il', 'ili', 'vaxt', 'zaman', 'gecə', 'axşam', 'səhər'],
  },
  abbreviations: ['prof', 'dos', 'akad', 'küç', 'şəh', 'və s', 'b', 'e', 'ş', 'r'],
  titles: (
    'və bu lakin amma ancaq həmçinin prezident prezidenti baş nazir naziri xarici səfir hökumət nazirliyi qardaşlar qardaşları ' +
    'qardaş sonra əvvəl ilə üçün da də isə artıq hələ yalnız hətta iki bazar çərşənbə cümə şənbə'
  ).split(' '),
  grammars: {
    /** A proper name: cases, possessives, -dakı, -dır; no plural (a person is not many). */
    'az:name': rules([possessive, cases, relative, cases, copula]),
    /** A common noun, demonym or adjective: the plural too. */
    'az:noun': rules([plural, possessive, cases, relative, cases, copula]),
    /** A verb's stem, any ending (döyül-üb, öldürül-düyünü): long, distinctive stems only. Any language may use it. */
    stem: rules([{ templates: ['*'] }]),
    /** A family name's plural, the family (Səfərovlar, Səfərovların). */
    'az:family': rules([{ ...plural, required: true }, possessive, cases, relative, copula]),
  },
  forms(name, role) {
    const text = name.toLocaleLowerCase('az');
    switch (role) {
      case 'name':
      case 'person':
        return [{ text, grammar: 'az:name' }];
      case 'family':
        return [
          { text, grammar: 'az:name' },
          { text, grammar: 'az:family', familyPlural: true },
        ];
      case 'stem':
        // etmək's stem is ed- before a vowel (edib, edir) and et- before a consonant (etdi, etdiyini, etmir): both.
        return text.endsWith(' ed')
          ? [
              { text, grammar: 'stem' },
              { text: `${text.slice(0, -1)}t`, grammar: 'stem' },
            ]
          : [{ text, grammar: 'stem' }];
      default:
        return [{ text, grammar: 'az:noun' }];
    }
  },
};
