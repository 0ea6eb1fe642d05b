// Claim flags scored on the project's own sets (eval/claims.*.txt, eval/CLAIMS.md): sentences written for
// this project that state, report or deny a side of the cause-of-death dispute, with traps.
// - eval/claims.*.txt, the development set: cues and rules were tuned on it, so it must meet the targets;
// - eval/holdout/ to eval/holdout4/ claims, each written separately and first measured blind; their misses
//   were then read (sessions of 2026-11-23) to widen cues and rules, so they are tuned on now;
// - eval/holdout5/ and eval/holdout6/ claims, each written blind by a helper from the seeds and CLAIMS.md only,
//   after that widening; each measured once blind (figures in eval/README.md), then their misses were read
//   (session of 2026-11-24) to widen cues and rules, so they are tuned on now;
// - eval/holdout7/ claims, written blind the same way after that, and measured once (figures in eval/README.md); then its
//   misses were read to widen cues and rules, so it is tuned on now;
// - eval/holdout8/ claims, written blind the same way after that, and measured once (figures in eval/README.md); then its
//   misses and wrong stances were read to widen cues and rules, so it is tuned on now;
// - eval/holdout9/ claims, written blind the same way after that, measured once, then tuned on;
// - eval/holdout10/ claims, written blind the same way after that, measured once, then tuned on;
// - eval/holdout11/ claims, written blind the same way after that, measured once, then tuned on;
// - eval/holdout12/ claims, written blind the same way after that, measured once, then tuned on;
// - eval/holdout13/ claims, written blind the same way, measured once after that (figures in eval/README.md), then tuned on;
// - eval/holdout14/ and eval/holdout15/ claims, written blind the same way, measured once after that (figures in eval/README.md), then
//   their misses and wrong stances were read to widen cues and rules, so they are tuned on now;
// - eval/holdout16/ and eval/holdout17/ claims, written blind the same way, measured once after holdout14 and holdout15 were
//   tuned on (figures in eval/README.md); then their misses and wrong stances were read to widen cues and rules, so they are
//   tuned on now;
// - eval/holdout18/ and eval/holdout19/ claims, written blind the same way, measured once after holdout16 and holdout17 were
//   tuned on (figures in eval/README.md); then their misses and wrong stances were read to widen cues and rules, so they are
//   tuned on now;
// - eval/holdout20/ and eval/holdout21/ claims, written blind the same way, measured once after holdout18 and holdout19 were
//   tuned on (figures in eval/README.md); then their misses and wrong stances were read to widen cues and rules, so they are
//   tuned on now;
// - eval/holdout22/ and eval/holdout23/ claims, written blind the same way, measured once after holdout20 and holdout21 were
//   tuned on (figures in eval/README.md); then their misses and wrong stances were read to widen cues and rules, so they are
//   tuned on now;
// - eval/holdout24/ and eval/holdout25/ claims, written blind the same way, measured once on the session's final code
//   (figures in eval/README.md); then their misses and wrong stances were read to widen cues and rules, so they are tuned on now;
// - eval/holdout26/, eval/holdout27/ and eval/holdout28/ (trap-dense) claims, written blind the same way, measured once after
//   holdout24 and holdout25 were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to
//   widen cues and narrow the scope rules, so they are tuned on now;
// - eval/holdout29/ to eval/holdout32/ claims (29 and 31 trap-dense), written blind the same way, measured once after holdout26 to
//   holdout28 were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to widen cues and
//   narrow the scope rules, so they are tuned on now;
// - eval/holdout33/ and eval/holdout34/ (trap-dense) claims, written blind the same way, measured once after holdout29 to
//   holdout32 were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to widen cues
//   and narrow the scope rules, so they are tuned on now (holdout33 read again in the ninth session and tuned on: "medical explanation"
//   is a cue of the heart-failure side; figures in eval/README.md);
// - eval/holdout35/ and eval/holdout36/ (trap-dense) claims, written blind the same way, measured once after holdout33 and holdout34
//   were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to widen cues and narrow the
//   scope rules, so they are tuned on now;
// - eval/holdout37/ and eval/holdout38/ (trap-dense) claims, written blind the same way, measured once after holdout35 and holdout36
//   were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to widen cues and narrow the
//   scope rules, so they are tuned on now;
// - eval/holdout39/ and eval/holdout40/ (trap-dense) claims, written blind the same way, measured once on the session's final code
//   (figures in eval/README.md); then their misses, false positives and trap flags were read to widen cues and narrow the scope rules, so
//   they are tuned on now;
// - eval/holdout41/ and eval/holdout42/ (trap-dense) claims, written blind the same way, measured once after holdout39 and holdout40
//   were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to widen cues and narrow the
//   scope rules, so they are tuned on now;
// - eval/holdout43/ and eval/holdout44/ (trap-dense) claims, written blind the same way, measured once after holdout41 and holdout42
//   were tuned on (figures in eval/README.md); then their misses, false positives, trap flags and wrong stances were read to widen cues
//   and narrow the scope rules, so they are tuned on now;
// - eval/holdout45/ and eval/holdout46/ (trap-dense) claims, written blind the same way, measured once after holdout43 and holdout44
//   were tuned on (figures in eval/README.md); then their misses, false positives, trap flags and wrong stances were read to widen cues
//   and narrow the scope rules, so they are tuned on now;
// - eval/holdout47/ and eval/holdout48/ (trap-dense) claims, written blind the same way, measured once after holdout45 and holdout46
//   were tuned on (figures in eval/README.md); then their misses, false positives, trap flags and wrong stances were read to widen cues and narrow the
//   scope rules, so they are tuned on now;
// - eval/holdout49/ and eval/holdout50/ (trap-dense) claims, written blind the same way, measured once after holdout47 and holdout48
//   were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to widen cues and narrow the scope rules,
//   so they are tuned on now;
// - eval/holdout51/ and eval/holdout52/ (trap-dense) claims, written blind the same way, measured once after holdout49 and holdout50
//   were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to narrow the scope rules, so they are
//   tuned on now;
// - eval/holdout53/ and eval/holdout54/ (trap-dense) claims, written blind the same way, measured once on the session's final code
//   (figures in eval/README.md); then their misses, false positives and trap flags were read to narrow the scope rules (one referent
//   rule: the most recent group of people introduced), so they are tuned on now (holdout53 read again in the eighth session and tuned
//   on: a lone word of saying or account before a colon is a rubric; a noun of account past a semicolon, or a colon with no party, is no
//   account of the cue; irony after the cue; "where is the evidence"; a party's account that denies the other side's cue);
// - eval/holdout55/ and eval/holdout56/ (trap-dense) claims, written blind the same way, measured once after holdout53 and holdout54
//   were tuned on (figures in eval/README.md); then their misses, false positives and trap flags were read to narrow the scope rules, so
//   they are tuned on now;
// - eval/holdout57/ and eval/holdout58/ (trap-dense) claims, written blind the same way, measured once on the session's final code,
//   read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read to narrow the scope rules, so they are tuned on
//   now;
// - eval/holdout59/ and eval/holdout60/ (trap-dense) claims, written blind the same way, measured once on the session's final code,
//   read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read to narrow the scope rules, so
//   they are tuned on now;
// - eval/holdout61/ and eval/holdout62/ (trap-dense) claims, written blind the same way, measured once after holdout59 and holdout60
//   were tuned on, read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read to narrow
//   the scope rules, so they are tuned on now;
// - eval/holdout63/ and eval/holdout64/ (trap-dense) claims, written blind the same way, measured once after holdout61 and holdout62
//   were tuned on, read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read to widen
//   who speaks (a social-media handle) and narrow the scope rules (a count that gives a range), so they are tuned on now;
// - eval/holdout65/ and eval/holdout66/ (trap-dense) claims, written blind the same way, measured once after holdout63 and holdout64
//   were tuned on, read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read to narrow
//   the scope rules (an entry of a list introduces its own people), so they are tuned on now (holdout65's misses read, none fixed then;
//   then read again with holdout71 and holdout72, and its interviewee's answers, first-person beliefs and tag questions tuned on; read
//   again in the eighth session and tuned on: one's own belief with a first-person pronoun, a rhetorical question on the page's incident;
//   read again in the ninth session and tuned on: «Разве кто …?» rhetorical, «придумали», "uydurublar" deny);
// - eval/holdout67/ and eval/holdout68/ (trap-dense) claims, written blind the same way, measured once on the session's final code,
//   read as whole pages (figures in eval/README.md); then holdout68's false positives and trap flags were read to narrow the scope
//   rules (a counted word for the people or a count marked as others introduces others; a namesake who disowns kin stays one), so it
//   is tuned on now; then holdout67's misses, false positives and trap flags were read to widen who speaks (a news outlet that opens the
//   sentence and speaks, a headline or a caption before its quotation) and the words of saying and doubt, so it is tuned on now
//   (holdout67 read again in the eighth session and tuned on: an ordinal is no family name, "Birinci Kanal"; a caption's noun right
//   after its quotation; irony after the cue; an az party's charge past "barədə"; "has not softened" keeps to an account);
// - eval/holdout69/ and eval/holdout70/ (trap-dense) claims, written blind the same way, measured once after holdout68 was tuned on
//   (commit 9e8c537), read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read, and
//   holdout70's narrowed the scope rules (a numbered item of a round-up under a quoted headline keeps the people its lead introduces; a
//   counted occupation is a group of others; a share of everyone is of many), so they are tuned on now (none of holdout69's fixed then;
//   read again with holdout71 and holdout72, its doubt «şübhə edirəm» tuned on);
// - eval/holdout71/ and eval/holdout72/ (trap-dense) claims, written blind the same way, measured once after holdout70 was tuned on
//   (commit e5cda97), read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read with
//   holdout65's and holdout69's, to widen who speaks (a speaker's label or a commenter's nickname line that names none of the outlet's
//   staff gives the lines under it in that one's voice, and opens a new turn; one's own belief, refusal to believe and suspicion of a
//   word in scare quotes; a tag question states) and narrow the scope rules (an ordinal right before a cue counts the cue), so they are
//   tuned on now. (The readers' flat comments of holdout41, labelled `asserts` before eval/CLAIMS.md said "Someone else's words, flat",
//   are now read `attributes`: its right stance fell, its recall and precision did not move.)
// - eval/holdout73/ and eval/holdout74/ (trap-dense) claims, written blind the same way, measured once after holdout71 and holdout72
//   were tuned on (commit 98b0e37), read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags
//   were read to widen cues (a quotation that closes on a rhetorical question, its verb of saying after it, denies) and narrow the scope
//   rules (an encyclopedia's footnote markers end a sentence; prisoners of war and hostages are other people's victims; «с обеих
//   сторон» counts sides), so they are tuned on now (holdout73 read again in the eighth session and tuned on: one's own belief with a
//   first-person pronoun, a rhetorical question on the page's incident, "those boys", "o uşaqlar"; and later: irony after the cue;
//   read again in the ninth session and tuned on: an account named in quotation marks by a verb of naming is dismissed; «излагает»).
// - eval/holdout75/ and eval/holdout76/ (trap-dense) claims, written blind the same way, measured once on the session's final code
//   (commit 826d7a6), read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read to
//   narrow the scope rules and widen the voices (a label's colon parts it from a saying after it and keeps a caption to whom the page is
//   about there; "2017, Saransk." opens an entry of a list whose people are its own; a party's title with a full name after it is that
//   person's; «чаще всего» speaks of many cases; a quotation with a dash and its speaker after it is that speaker's), so they are tuned on now
//   (holdout75 read again in the eighth session and tuned on: a rhetorical question on the page's incident, "really supposed", «предлагают
//   поверить», "inanmağımızı gözləyirlər"; and later: what a charge is called in quotation marks right after it denies it; a noun of
//   account past a colon with no party is the headline's piece; "mövqeyindən dönmür", "qəbul etməkdən imtina edir").
// - eval/holdout77/ and eval/holdout78/ (trap-dense) claims, written blind the same way, measured once on the session's final code
//   (commit ef805ae), read as whole pages (figures in eval/README.md); then their misses, false positives and trap flags were read to
//   narrow the scope rules (a given name with a family name's initial and an age, "Andrei K., 43", and "two brothers, aged 22 and 26",
//   introduce others firmly; a line that lists several stories after a colon takes no side through another item's cue) and widen the
//   voices (the lines under a heading of readers' comments are theirs; "why would they …" with an infinitive or an optative, "and we are
//   supposed to believe that?" are rhetorical; "I am not persuaded", "nothing proves" deny), so they are tuned on now (read again in the
//   eighth session and tuned on: the cue forms «забила полиция», «забивать до смерти», «сердце подвело», "döyüb", "failed heart").
// - eval/holdout79/ and eval/holdout80/ (trap-dense) claims, written blind the same way in the eighth session, measured once on the
//   session's first code (commit 2df5680) and once on its final code before the tuning below (commit 9bb1d62), read as whole pages (figures in eval/README.md); then their misses,
//   false positives and trap flags were read to widen the scope rules (a quotation about people that opens a sentence, said by a pronoun
//   or a name after it, and a heckle after a colon are words of the incident; "since when …?" is rhetorical) and narrow them (a bare
//   common noun of a party in a sentence of a kind names no case), so they are tuned on now; holdout79 read again in the ninth
//   session and tuned on (a party's account named in quotation marks by a verb of naming is dismissed; irony in "famous"; "gain
//   by …?" rhetorical; no denial across a colon; figures in eval/README.md).
// - eval/holdout81/ (a news article with embedded social-media posts) and eval/holdout82/ (trap-dense: a migrant workers' rights
//   newsletter) claims, written blind the same way in the ninth session, measured on the session's first code (commit bb0dcf8) and
//   again on its code before anything was tuned on them (commit ad0e29d), read as whole pages (figures in eval/README.md), then their
//   misses, false positives and trap flags were read to add rules (a handle's byline as a post's speaker and no headline, initials for
//   names introducing others, irony closing the sentence, a few words of rhetoric, denial, saying and other victims), so they are tuned on now.
// - eval/holdout83/ (a readers' editor's column on the paper's own words for the deaths) and eval/holdout84/ (trap-dense: a sports
//   site's daily roundup) claims, written blind the same way in the ninth session, measured on its first code (commit bb0dcf8) and on
//   its final code (figures in eval/README.md), then their misses, false positives and trap flags were read to add rules (a comments
//   heading opens a thread on the page's incident, sayings inside a list's items, echo questions, both sides listed side by side, a full
//   stop after a possessive, a few words), so they are tuned on now.
// - eval/holdout85/ (a data desk's "in five charts" piece) and eval/holdout86/ (trap-dense: a history magazine's piece on past rows over
//   citizens who died in Russian custody) claims, written blind the same way in the ninth session, measured on its first code (commit
//   bb0dcf8) and on its final code (figures in eval/README.md), then their misses, false positives and trap flags were read to add rules
//   ("His brother" opening a sentence after another man's story, the brothers unnamed for three paragraphs, is his kin, others as firm
//   as by their ages; scare quotes after a word of mockery; a few words of mockery), so they are tuned on now.
// - eval/holdout87/ (an independent outlet's backgrounder in questions) and eval/holdout88/ (trap-dense: a Yekaterinburg portal's week
//   of incidents) claims, written blind the same way at the end of the ninth session, measured on its first code (commit bb0dcf8) and
//   on its final code (figures in eval/README.md); measured again, unchanged, on the tenth session's first code (c9755ed), then tuned on
//   (a list's last item keeps its own commas; a charge that opens the sentence with the cue is an account of the incident; "almost never"
//   speaks of many cases; "those two"; a rule that read a feed's item under a time-and-place headline as a story of its own was taken out
//   after review).
// - eval/holdout89/ (a news site for young readers) and eval/holdout90/ (trap-dense: a popular-science explainer on telling a heart attack
//   from a beating) claims, written blind the same way in the tenth session, measured on its first code (claims as in c9755ed) and after
//   the tuning on holdout87-88 (figures in eval/README.md); then their misses, false positives and trap flags were read to widen the scope
//   (a headline under a rubric of the outlet's links, "Read also:", names what the page names), the cues (plain words of cruelty tied to
//   the police) and the pointers (one that a closing word of denial has as its subject), so they are tuned on now; a review then dropped
//   the round's blame cues and its rule on quotations.
// - eval/holdout91/ (a Baku outlet's channel on a messaging app) and eval/holdout92/ (trap-dense: a legal site's explainer on deaths in
//   Russian police custody) claims, written blind the same way in the tenth session, measured on its first code (claims as in c9755ed)
//   and after its rounds on holdout87-90 and their reviews (figures in eval/README.md); then their misses, false positives and trap flags
//   were read to narrow the cues (none inside a web address; a beating beside a game's named score is a defeat; "the word "torture"" with
//   no one named is a word spoken of), so they are tuned on now; a review dropped the round's «убила полиция», "all this talk of" and
//   Azerbaijani "hesabı".
// - eval/holdout93/ (a news site's "Documents" page of the row's official statements) and eval/holdout94/ (trap-dense: a week's TV and
//   streaming guide) claims, written blind the same way in the tenth session, measured on its first code (claims as in c9755ed) and after
//   its rounds on holdout87-92 and their reviews (figures in eval/README.md); then their misses, false positives, trap flags and wrong
//   stances were read to widen cues and stance words (a document's body under its capitals header and date line is the issuing body's
//   words up to an editor's note; the outlet's "as we have reported"; a party's position that a colon spells out as another topic is no
//   account), so they are tuned on now; a review dropped the round's officialese denials and "unlawful methods" and narrowed the header.
// - eval/holdout95/ (a news site's photo gallery of the story) and eval/holdout96/ (trap-dense: a business site's markets and trade page)
//   claims, written blind the same way late in the tenth session, measured on its first code (claims as in c9755ed) and after its
//   rounds on holdout87-94 (figures in eval/README.md); then tuned on (a photo's credit line is no headline; a quotation on a placard
//   is the protest's words; a bare echo question before a rhetorical one, "take us for fools"; a commenter's "Nobody tortured anyone"
//   past the handle; "tortured talks" a figure), and reviewed.
// - eval/holdout97/ (an online encyclopedia's article on the deaths) and eval/holdout98/ (trap-dense: a literary magazine's book reviews)
//   claims, written blind the same way at the end of the tenth session, measured on its first code (claims as in c9755ed) and on its
//   final code (figures in eval/README.md); then tuned on in the eleventh session (a party's account denied at a paragraph's opening after
//   a flagged sentence that closed the paragraph before; a party as the agent of a participle after or before a noun of account, "the version
//   put forward by Moscow", «изложенную Москвой», "Moskvanın irəli sürdüyü"; "really expected"; "not from X but from Y" sets a source aside;
//   irony before a cue's part, "obliging", «так кстати»; a Russian ordinal standing for a person in its own gender only), and reviewed.
// - eval/holdout99/ (a news podcast's episode page) and eval/holdout100/ (trap-dense: a newspaper's obituaries and remembrance page)
//   claims, written blind the same way at the start of the eleventh session, measured on its first code (claims as in 2e9cd51) and
//   after its round on holdout97-98 (figures in eval/README.md); then tuned on (a role in a speaker's label is who speaks; a flag since
//   someone a word of others marks, "my brother", makes the page's people the incident's again; a full name with an age introduces someone
//   else; a cue word lacking its companions makes no account the cue's), and reviewed.
// - eval/holdout101/ (a media-literacy lesson page for teachers) and eval/holdout102/ (trap-dense: a newspaper's "On this day" almanac)
//   claims, written blind the same way early in the eleventh session, measured on its first code (claims as in 2e9cd51) and after its
//   round on holdout97-98, the same on both (figures in eval/README.md); then tuned on («историю про» a noun of account; a demonstrative
//   before a noun of charge no pronoun; an account pointed back to after its own sentence's joined saying is that saying's), and reviewed.
// - eval/holdout103/ (a news agency's wire story in successive versions) and eval/holdout104/ (trap-dense: a travel and consular-affairs
//   page) claims, written blind the same way in the eleventh session, measured on its first code (claims as in 2e9cd51) and on its final
//   code (figures in eval/README.md); then tuned on late in the session: a review took out three of the round's four rules, and the one
//   kept (a word of custody as a kind that shares a word with the cue is none) moves no line of theirs.
// - eval/holdout105/ (a parliamentary library's research briefing) and eval/holdout106/ (trap-dense: a combat-sports page) claims, written
//   blind the same way late in the eleventh session, measured on its first code (claims as in 2e9cd51) and on its final code (figures in
//   eval/README.md); measured again first in the twelfth session, then tuned on (questions with «какой», citations' years, accounts'
//   relative clauses) and reviewed.
// - eval/holdout107/ (an embassy's "News and statements" page, a party's own voice) and eval/holdout108/ (trap-dense: a newspaper's
//   "Corrections and clarifications") claims, written blind the same way at the end of the eleventh session, measured on its first code
//   and on its final code, the same on both (figures in eval/README.md); tuned on in the twelfth session with holdout105-106.
// - eval/holdout109/ (a video platform's page for a news channel's explainer: captions with time stamps, viewers' comments) claims,
//   written blind the same way in the twelfth session, measured on its first code (5cac957) and on the code of that moment, the same on
//   both; then tuned on (a caption's time stamp is no part of its sentence).
// - eval/holdout110/ (trap-dense: a news site's weekly news quiz) claims, written blind the same way in the twelfth session, measured on
//   its first code (5cac957) and on the code of that moment (figures in eval/README.md); then tuned on (a line of lettered options is in
//   scope only by a name of the incident; a sweeping denial with a dismissal after a comma; a commenter's display name).
// - eval/holdout111/ (an online encyclopedia's talk page, editors debating the article's wording) and eval/holdout112/ (trap-dense: a
//   city's museums and exhibitions listings) claims, written blind the same way in the twelfth session, measured on its first code
//   (5cac957) and on the code of that moment (4b6085a), the same on both (figures in eval/README.md); then tuned on lightly («столь
//   кстати»; a definite common noun in an English sentence of a kind).
// - eval/holdout113/ (a foreign ministry's press briefing transcript, the Russian side's own voice) and eval/holdout114/ (trap-dense: a
//   video-game and streaming news site's front page) claims, written blind the same way at the end of the twelfth session, measured on
//   its first code (5cac957) and on its code after its rounds (64c881f), the same on both (figures in eval/README.md); then tuned on
//   late in the session ("really imagine", "doğrudanmı düşünür" as questions expecting no), reviewed.
// - eval/holdout115/ (a regional paper's Sunday feature from the brothers' neighbourhood) and eval/holdout116/ (trap-dense: a science
//   and medicine digest) claims, written blind the same way at the end of the twelfth session, measured on its first code (5cac957) and
//   on the code of that moment, the same on both (figures in eval/README.md); then tuned on at the very end of the session (an age after a
//   noun of kin is the kin's; «эти ребята», "bu cavanlar" as pointing words; "custody deaths" as a common noun), reviewed.
// - eval/holdout117/ (a business site's article on the row's toll on trade) and eval/holdout118/ (trap-dense: a city's community notices
//   and local briefs) claims, written blind the same way at the very end of the twelfth session, measured on its first code (5cac957)
//   and on its final code, the same recall on both (figures in eval/README.md); still blind, for the next session to measure first.
// - eval/holdout119/ (a Russian independent outlet's report from the Yekaterinburg district) and eval/holdout120/ (trap-dense: a legal
//   site's weekly court roundup) claims, written blind the same way at the very end of the twelfth session, measured on its first code
//   and on its final code, the same on both (figures in eval/README.md); still blind too. All four tuned on in the thirteenth session.
// - eval/holdout121/ (a news-discussion forum's thread on the case), eval/holdout122/ (trap-dense: a foreign desk's "World in brief"
//   page), eval/holdout123/ (a radio station's hourly bulletin scripts over one day) and eval/holdout124/ (trap-dense: a newspaper's
//   "Ask the doctor" column) claims, written blind the same way at the start of the thirteenth session, measured on its first code
//   (558e39f) before any change (figures in eval/README.md); then tuned on in the session.
// - eval/holdout125/ (a rights organisation's press release with questions and answers), eval/holdout126/ (trap-dense: a tabloid's
//   celebrity page), eval/holdout127/ (a live Q&A with a correspondent) and eval/holdout128/ (trap-dense: a history teacher's blog on
//   Soviet-era repression) claims, written blind the same way in the thirteenth session, measured on its first code (558e39f) and on its
//   final code (figures in eval/README.md); still blind, for the next session to measure first.
// Each file is read as one page, its lines as paragraphs, all at once, as `scan --claims` reads a page; each flag is scored on its line.
// (Until the fifth session of 2026-11-24 each line was read alone, with only what the whole page names carried over: the first figures
// in eval/README.md up to holdout56 were measured that way.)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matcherSpecFromPacks } from '../lib/pack/matcher-spec';
import { seedPack } from '../lib/pack/seed';
import { findClaimFlags } from '../lib/shared/claims';
import { compileMatcher } from '../lib/shared/matcher';
import { flagsByLine, readClaimSet, scoreClaims, type ClaimScore } from './claims-score';

const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
// The sets name the sides by what they claim; the pack by who claims it.
const sideOf = new Map(seedPack.claims.map((c) => [c.id, c.side === 'azerbaijan' ? 'torture' : c.side === 'russia' ? 'natural' : '?']));
const languages = ['en', 'ru', 'az'] as const;

function scoreAll(folder: string) {
  const scores: Partial<Record<(typeof languages)[number], ClaimScore>> = {};
  for (const lang of languages) {
    const file = new URL(`${folder}claims.${lang}.txt`, import.meta.url).pathname;
    if (!existsSync(file)) continue;
    const lines = readClaimSet(file);
    // As `scan --claims` reads a page: the whole of it at once.
    scores[lang] = scoreClaims(
      lines,
      flagsByLine(lines, (text) => findClaimFlags(matcher, text)),
      (id) => sideOf.get(id) ?? '?',
    );
  }
  return scores;
}

const figures = (s: ClaimScore) => ({ recall: s.correct / s.gold, precision: s.flags ? s.correct / s.flags : 1, stance: s.correct ? s.stanceRight / s.correct : 1, onTraps: s.onTraps, gold: s.gold });
const ordinals =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first thirty-second thirty-third thirty-fourth thirty-fifth thirty-sixth thirty-seventh thirty-eighth thirty-ninth fortieth forty-first forty-second forty-third forty-fourth forty-fifth forty-sixth forty-seventh forty-eighth forty-ninth fiftieth fifty-first fifty-second fifty-third fifty-fourth fifty-fifth fifty-sixth fifty-seventh fifty-eighth fifty-ninth sixtieth sixty-first sixty-second sixty-third sixty-fourth sixty-fifth sixty-sixth sixty-seventh sixty-eighth sixty-ninth seventieth seventy-first seventy-second seventy-third seventy-fourth seventy-fifth seventy-sixth seventy-seventh seventy-eighth seventy-ninth eightieth eighty-first eighty-second eighty-third eighty-fourth eighty-fifth eighty-sixth eighty-seventh eighty-eighth eighty-ninth ninetieth ninety-first ninety-second ninety-third ninety-fourth ninety-fifth ninety-sixth ninety-seventh ninety-eighth ninety-ninth hundredth hundred-and-first hundred-and-second hundred-and-third hundred-and-fourth hundred-and-fifth hundred-and-sixth hundred-and-seventh hundred-and-eighth hundred-and-ninth hundred-and-tenth hundred-and-eleventh hundred-and-twelfth hundred-and-thirteenth hundred-and-fourteenth hundred-and-fifteenth hundred-and-sixteenth hundred-and-seventeenth hundred-and-eighteenth hundred-and-nineteenth hundred-and-twentieth hundred-and-twenty-first hundred-and-twenty-second hundred-and-twenty-third hundred-and-twenty-fourth hundred-and-twenty-fifth hundred-and-twenty-sixth hundred-and-twenty-seventh hundred-and-twenty-eighth'.split(
    ' ',
  );
/** The held-out sets still blind: measured, and nothing tuned on them yet. */
const blind = new Set<number>([125, 126, 127, 128]);
const sets = [
  { key: 'development', folder: './', label: 'the development set (tuned on)' },
  ...ordinals.map((ordinal, k) => ({
    key: k ? `holdout${k + 1}` : 'holdout',
    folder: k ? `./holdout${k + 1}/` : './holdout/',
    label: `the ${ordinal} held-out set (${blind.has(k + 1) ? 'blind' : 'since tuned on'})`,
  })),
];
const scores = Object.fromEntries(sets.map((set) => [set.key, scoreAll(set.folder)]));
const development = scores.development!;
mkdirSync('.output/test-results', { recursive: true });
writeFileSync(
  '.output/test-results/eval-claims.json',
  JSON.stringify(
    {
      sets: Object.fromEntries(sets.map((set) => [set.label, Object.fromEntries(Object.entries(scores[set.key]!).map(([l, s]) => [l, figures(s)]))])),
      ...scores,
    },
    null,
    2,
  ),
);

describe('claim flags on the project’s own development set', () => {
  for (const lang of languages) {
    it(`${lang}: recall ≥ 80% with the right side, precision ≥ 90%, no flag on a trap`, () => {
      const s = development[lang]!;
      expect(s.gold, lang).toBeGreaterThan(20);
      expect(s.correct / s.gold, `missed: ${s.misses.join('; ')}`).toBeGreaterThanOrEqual(0.8);
      expect(s.correct / s.flags, `false: ${s.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(0.9);
      expect(s.onTraps).toBe(0);
    });
  }

  it('never presents a denial as the outlet’s assertion', () => {
    for (const lang of languages) {
      const wrong = development[lang]!.wrongStance.filter((w) => /^\d+: asserts for denies/.test(w));
      expect(wrong, lang).toEqual([]);
    }
  });
});
