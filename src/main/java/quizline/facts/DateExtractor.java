package quizline.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When things happened: an organisation's founding ("was founded in 1967", "since its
 * creation in 1949"), a summit's date ("on Monday opened the summit", "the summit on
 * 9 September"), and events named in the data files ("the invasion of Kuwait on 2 August
 * 1990", "its 1990 invasion of Kuwait"). Relative dates count only when the article's date
 * resolves them.
 */
final class DateExtractor implements SentenceExtractor {
    private static final String FOUNDED = "(?:founded|established|created|formed|set up|launched|inaugurated)";
    private static final String FOUNDING = "(?:establishment|founding|creation|formation|inception|foundation|launch)";
    /**
     * Words between "was founded" and its date that may not be crossed: a new clause ("which was signed in 1992",
     * "and then joined in 1995") dates something else, and "founded as the OAU in 1963" a predecessor.
     */
    private static final String GAP =
            "(?:(?!(?:and|but|then) [a-z]+ed |(?:which|that|who|whose|when|while|after|before|until|since|where) |as (?:the |a |an )?{O} )[^ ;]+ )";
    /** What may follow an active "founded" with no object: "ASEAN founded in 1967 ..." but not "the SCO founded a bank in 2023". */
    private static final String NO_OBJECT =
            "(?=(?:in|on|by|as|at|under|with|after|following|through|more|some|nearly|almost|over|{W}) )";

    /**
     * Not an organisation that something else is compared with: in "NAM is the second-largest group after the United
     * Nations, founded in 1961" the founding is the movement's, not the UN's.
     */
    private static final String AFTER_A_COMPARISON = "(?<!(?:after|than|like|unlike|besides|beside) (?:the )?)";

    private static final List<ShapePattern> FOUNDINGS = List.of(
            ShapePattern.compile(
                    // "The Central American Integration System (SICA) was first established on ..."
                    "(?:(?:the )?(?<org>{OA})(?: \\( {O} \\))?|it) (?:(?:that |which )?(?:was |were |has been |had been )(?:officially |formally |first |originally |initially )?"
                            + FOUNDED + " |(?:officially |formally )?" + FOUNDED + " " + NO_OBJECT + ")(?:" + GAP
                            // "set up through the Bangkok Declaration of 6 June 1997": the date of its founding act
                            + "{0,12}?(?:in|on|(?:declaration|treaty|charter|agreement|protocol|accord|convention|pact) of) )?(?<date>{W})"),
            ShapePattern.compile("(?<org>{OA}) , (?:whose|which|that) [^;]*? , (?:was |were )?" + FOUNDED + " " + GAP
                    + "{0,6}?in (?<date>{W})"),
            // "Established on 18 June 1981 under the Treaty of X, the OECS is ..."
            // "Founded in 1992 by Denmark, Germany and Norway, the CBSS ..."
            ShapePattern.compile(
                    // "Founded in Tunis, Tunisia, in 1989, the AMU is ...": the place before the date
                    FOUNDED
                            + " (?:in {Y} (?:, {C} )?(?:, )?)?(?:in|on) (?<date>{W}) (?:by (?:{C} (?:,|and|, and) )+{C} )?(?:[^,;]*? )?, (?:the )?(?<org>{OA})"),
            // "Mercosur began as a customs union in 1991"
            ShapePattern.compile("(?:the )?(?<org>{OA}) (?:began|started) as (?:a |an )?[^,;]*? in (?<date>{W})"),
            // "the bloc formed the so-called X forum with its neighbours in 2019"
            ShapePattern.compile(
                    "(?:formed|founded|created|established|launched|set up) (?:the )?(?:so-called )?(?<org>{O}) " + GAP
                            + "{0,16}?" + "(?:in|at the end of|at the start of|in late|in early) (?<date>{W})"),
            ShapePattern.compile(
                    // "The CARICOM, founded in Georgetown on 4 July 1973, brings together ..."
                    AFTER_A_COMPARISON
                            + "(?<org>{OA}) , (?:(?:which|that) (?:was |were |had been |has been )?|(?:the |a |an )(?:[a-z-]+ ){0,3})?"
                            + FOUNDED + " " + GAP + "{0,6}?(?:in|on) (?<date>{W})"),
            ShapePattern.compile("since its " + FOUNDING + " in (?<date>{W})(?: , (?:the )?(?<org>{OA}))?"),
            ShapePattern.compile("the " + FOUNDING + " of (?:the )?(?<org>{OA}) in (?<date>{W})"),
            // "ASEAN's founding in 1967", "the bloc's creation in 2001"
            ShapePattern.compile("(?:the )?(?<org>{OA}) 's " + FOUNDING + " in (?<date>{W})"),
            // "the 1960 founding of OPEC", "OPEC's 1960 founding"
            ShapePattern.compile("the (?<date>{W}) " + FOUNDING + " of (?:the )?(?<org>{OA})"),
            ShapePattern.compile("(?:the )?(?<org>{OA}) 's (?<date>{W}) " + FOUNDING + "(?! of)"),
            // "In 1967, five states founded ASEAN"; "In 2001, Russia, China and four neighbours set up the SCO"
            ShapePattern.compile(
                    "^in (?<date>{W}) , " + GAP
                            + "{0,16}?(?:formed|founded|created|established|set up) (?:the )?(?:so-called )?(?<org>{O})(?! (?:summit|meeting|session))"),
            // "The Nordic Council, the forum of the northern parliaments, was founded in 1952": an apposition
            // between the organisation and its founding
            ShapePattern.compile(AFTER_A_COMPARISON
                    // "The Council of Europe, based in Strasbourg, was founded in 1949": where it sits, likewise
                    + "(?<org>{O}) , (?:the|a|an|based|headquartered|seated) [^;,]*? , (?:(?:which|that) )?(?:was |were |had been |has been )?"
                    + FOUNDED + " " + GAP + "{0,6}?(?:in|on) (?<date>{W})"),
            // "Belgium and Peru were among the founding states of APEC in 2029": the year its founders founded it
            ShapePattern.compile(
                    "founding "
                            + "(?:members?|states?|nations?|countries|signatories) of (?:the )?(?<org>{O}) in (?<date>{W})(?! 's)"),
            // "BIMSTEC is a regional organization that was established on 6 June 1997"
            ShapePattern.compile("(?:the )?(?<org>{OA}) " + Facts.DESCRIBED_AS
                    + " (?:that|which) (?:was |were |had been |has been )?" + FOUNDED + " " + GAP
                    + "{0,6}?(?:in|on) (?<date>{W})"),
            // "The Andean Community is an integration mechanism, created in 1969, and ..."
            ShapePattern.compile("(?:the )?(?<org>{OA}) " + Facts.DESCRIBED_AS + " , (?:(?:which|that) was )?" + FOUNDED
                    + " (?:in|on) (?<date>{W}) ,"),
            // "The CIS came into being in 1991", "the bloc, which came into existence in 1949"
            ShapePattern.compile(
                    "(?:(?:the )?(?<org>{OA})|it) (?:, (?:which|that) )?came into (?:being|existence) (?:in|on) (?<date>{W})"),
            // "Originally founded as a three-member bloc by A, B and C in 1967, the three states revived the bloc":
            // its founders and its date before what they founded, which the sentence names or refers to next
            ShapePattern.compile(
                    "^(?:[a-z]+ )?" + FOUNDED + " (?:as (?:a |an )?[^,;]*? )?by (?:{C} (?:,|and|, and) )*{C}"
                            + " (?:in|on) (?<date>{W}) , (?:the |its )?(?:(?:[a-z0-9-]+ )?(?:states|countries|nations|members"
                            + "|founders) [^;]*?)?(?<org>{OA})"));
    /** "before the end of the meeting on the 26th of October": the day a summit ends, which is not its date. */
    private static final Pattern ITS_END_BEFORE =
            Pattern.compile("(?:^| )(?:the )?(?:end|close|closing|conclusion|last day|final day) of $");

    private static final List<ShapePattern> SUMMIT_DATES = List.of(
            // not "the two-day summit, which ends on Friday": a summit is dated by its first day
            ShapePattern.compile(
                    "summit (?:(?!ends |ended |closes |closed |concludes |concluded |wraps |wrapped )[^ ;,]+ ){0,4}?(?:on|held on) (?<date>{W})"),
            ShapePattern.compile(
                    "on (?<date>{W}) (?:[a-z]+ )?(?:attended|opened|held|hosted|convened|addressed|began|ended|concluded|closed) (?:the )?(?:(?:{O}|[a-z]+) )?summit"),
            ShapePattern.compile("(?<date>{W}) at the (?:(?:{O}|[a-z]+) )?summit"),
            // "leaders met on Tuesday, July 9, 2030, for the summit"; "ECOWAS leaders will meet on 22–23 November for
            // their summit"
            ShapePattern.compile(
                    "(?:(?<org>{O}) leaders (?:will )?)?(?:gathered|met|convened|assembled|gather|meet|convene|assemble) on (?<date>{W}) (?:, )?(?:for|at) "
                            + "(?:the |a |an |their )?(?:[^ ;,]+ ){0,4}?(?:summit|session of (?:the )?{O})"),
            ShapePattern.compile("(?<date>{W}) 's (?:(?:{O}|[a-z]+) )?summit"),
            // not "the summit, originally scheduled for May, ...": a date it was moved from
            ShapePattern.compile(
                    "summit (?:[^;]*? )?(?<!originally |initially |previously |first |once |earlier )(?:scheduled|set|due) (?:for|on) (?<date>{W})"),
            // "leaders opened the APEC summit yesterday"
            ShapePattern.compile(
                    "(?:(?<org>{O}) leaders )?(?:opened|convened|began|started|kicked off) (?:the|their|its|a|an) (?:(?:{O}|[a-z-]+) )?summit (?:on )?(?<date>{W})(?! 's)"),
            // "the OPEC+ ministerial meeting will be held online on June 2": named as a ministers' meeting, not a
            // summit
            ShapePattern.compile(
                    "(?<org>{O}) (?:and [^ ]+ )?(?:[a-z]+ )?(?:ministerial|ministers ') meeting (?:[^ ;,]+ ){0,4}?(?:on|held on|for) (?<date>{W})"),
            // "the minister made the announcement on Thursday during a rescheduled OPEC+ meeting": a day at the
            // meeting, which a meeting of one organisation's ministers spans
            ShapePattern.compile(
                    "on (?<date>{W}) (?:during|at) (?:a|an|the) (?:[a-z-]+ ){0,2}?(?<org>{O}) (?<meeting>(?:ministerial |ministers ' )?meeting)"),
            // "On 3 May 2031, the summit opened in …"
            // "Yesterday, ASEAN leaders opened their annual summit in Jakarta"
            ShapePattern.compile(
                    "^(?:on |in )?(?<date>{W}) , (?:(?:the )?(?:{O} )?summit (?:commenced|opened|began|kicked off|started|was held|took place|got under way)"
                            + "|(?:the )?(?:(?<org>{O}) )?leaders (?:opened|began|started|kicked off) (?:the|their|its) (?:(?:{O}|[a-z]+) )?summit)"),
            // "The 31st Ordinary Session of the Assembly of the African Union opened here on Sunday": the Assembly's
            // session is its summit; "X opened the APEC leaders' meeting Friday"
            ShapePattern.compile(
                    "(?:session of (?:the )?assembly of (?:the )?(?<org>{O})(?: \\( {O} \\))?"
                            + "|(?<org2>{O}) leaders ' meeting|leaders ' meeting of (?:the )?(?<org3>{O})) (?:(?:which|that) )?"
                            + "(?:opened|began|commenced|kicked off|got under way|opens|begins) (?:here |there |in {Y} )?(?:on )?(?<date>{W})(?! 's)"),
            ShapePattern.compile(
                    "(?:opened|convened|began|started|kicked off) (?:the|their|its) (?:(?<org>{O}) )?leaders ' meeting"
                            + "(?: of (?:the )?(?<org2>{O}))? (?:on )?(?<date>{W})(?! 's)"),
            // "the summit, which opened on Monday"
            // "the summit, held on 6–7 July 2030", "the summit, which is scheduled for next month"
            ShapePattern.compile(
                    // "The two-day event, which began on July 3": a summit the article tells of, named by its length
                    "(?:summit|the [a-z]+-day (?:event|gathering)) , (?:(?:which|that) )?(?:was |is |will be |has been |had been )?(?:commenced|opened|began|kicked off|started|held|took place|taking place"
                            // "the Reykjavik Summit, held at the Harpa concert hall on 16–17 May": a venue before the
                            // day
                            + "|convened|scheduled|set|slated|due|to be held|to take place) (?:at (?:the )?(?:[^ ,;]+ ){1,6}?(?=on ))?"
                            + "(?:(?:on|for|in) )?(?<date>{W})(?! 's)"),
            // "The NATO summit in Washington began two days ago": the place between the summit and its opening
            ShapePattern.compile(
                    "summit in {Y}(?: , {C})? (?:commenced|opened|began|kicked off|started|got under way|opens|begins|starts) (?:on )?(?<date>{W})(?! 's)"),
            // "The summit, hosted by Kenya in Mombasa, opened on Tuesday": the host in an apposition before the opening
            ShapePattern.compile(
                    "summit , (?:hosted|held|organi[sz]ed|convened) (?:by|in) [^,;]*? , (?:which |that )?(?:commenced|opened|began|kicked off|started|got under way) (?:on )?(?<date>{W})(?! 's)"),
            // "the 86th session of the UN General Assembly, which begins in September" (an assembly's session only, see
            // extract)
            ShapePattern.compile(
                    "(?:summit|(?<session>session)(?: of (?:the )?{O})?) , (?:which|that) (?:will )?(?:begins|opens|starts|begin|open|start|commences|commence) (?:on |in )?(?<date>{W})(?! 's)"),
            // "the 12th summit began in Lima, the capital of Peru, on Friday"
            ShapePattern.compile(
                    // "The Third Summit of Heads of State and Government of the CELAC began Wednesday"
                    "summit (?:of (?:the )?(?:heads of state(?: and government)? of (?:the )?)?(?<org>{O})(?: \\( {O} \\))? )?"
                            + "(?:(?:which|that) )?(?:commenced|opened|began|kicked off|started|got under way|commences|opens|begins|kicks off|starts|gets under way) "
                            + "(?:in {Y}(?: , (?:the capital of {C}|{C}))? , |here |there )?(?:on )?(?<date>{W})(?! 's)"),
            // "the summit will be held next month", "the summit took place in 2022", "the summit is to take place in
            // June"
            ShapePattern.compile(
                    "summit (?:was |is |will be |has been |had been |is to be |will |is to |would be |would "
                            + "|(?:is |are |was )?(?:set|due|expected|scheduled|slated|planned) to (?:be )?)?(?:held|convened|taking place|take place|takes place|took place|open|begin|start|convene) "
                            + "(?:(?:on|in|between) )?(?<date>{W})(?! 's| and)"),
            // "the 15th BRICS summit in 2023", "a summit in June": a year or month written against the summit
            ShapePattern.compile("summit in (?<date>{W})(?! 's)"),
            // "the meeting on March 3rd and 4th"; "the June 9–10 summit"
            ShapePattern.compile("the (?:summit|meeting) (?:on|will be held on|is scheduled for) (?<date>{W})"),
            ShapePattern.compile("the (?<date>{W}) (?:— [0-9]+ |and [0-9]+ )?(?:summit|meeting)"),
            // "the summit, which runs from 6 to 7 July"; "the summit will be held from July 9 to 11"
            ShapePattern.compile("summit (?:, )?(?:[^ ;,]+ ){0,4}?from (?<date>{W})"),
            // "at the bloc's 12th session in March last year"
            ShapePattern.compile("(?<date>{W}) at the (?:" + Summits.NUMBER
                    + " )?(?:ordinary |extraordinary )?(?:session|summit) of (?:the )?{O} assembly"),
            // "X yesterday assumed the chairmanship of the bloc at its 44th Ordinary Summit", "the prime minister
            // participated today in the fifth summit": what someone did on a day, at the summit, within one clause (a
            // dash or colon ends a dateline: "LIMA, March 14 (Agency) - Leaders met at the summit")
            ShapePattern.compile(
                    "(?<date>{W}) (?:(?!(?:said|says|say|will|would|to|and|but|after|before|since|until|when"
                            + "|while|which|that|who|-|–|—|:|\\|) )[^ ;,]+ ){0,12}?(?:at|in|during) (?:the|a|an|its|their) (?:[^ ;,]+ ){0,5}?"
                            + "summit(?! 's)"),
            // "The 45th Regular Meeting of the Conference of Heads of Government of CARICOM was held from 3-5 July":
            // a meeting of an organisation's leaders is its summit
            ShapePattern.compile("meeting of (?:the )?(?:conference|council|assembly) of heads of (?:state|government)"
                    + "(?: and government)? of (?:the )?(?<org>{OA})(?: \\( {O} \\))? (?:[^ ;,]+ ){0,4}?(?:from|on)"
                    + " (?<date>{W})"),
            // "will attend the 43rd Ordinary Summit of Heads of State and Government of the Southern African
            // Development
            // Community (SADC) on Thursday, August 17": the summit's owners between it and its day
            ShapePattern.compile(
                    "summit of (?:the )?(?:heads of (?:state|government)(?: and government)? of (?:the )?)?"
                            + "{O}(?: \\( {O} \\))? (?:(?:held |to be held |scheduled |set |due )?(?:on|for) )(?<date>{W})"),
            // "took over the chairmanship of the Forum, with the responsibility of hosting the forum from August 26 to
            // 30": the days its host holds it
            ShapePattern.compile(
                    "(?:hosting|will host|to host|hosts|hosted) (?:the|its|this year 's) (?:(?:annual|leaders ')"
                            + " )?(?:summit|forum|leaders ' meeting|{A}) (?:from|on) (?<date>{W})"));
    /**
     * A country's application to join: "Ukraine applied to join the EU in February 2022", "Sweden and Finland applied
     * for NATO membership in May 2022", "Vienna and Dublin announced their bids to join NATO in 2030" (a
     * capital standing for its country); not a country the list's first item belongs to ("the invasion of Moldova,
     * Vienna and Dublin ...").
     */
    private static final ShapePattern APPLIED = ShapePattern.compile(
            "(?<!(?:of|in|to|from|by|with|against|on|'s) )(?<who>(?:{CY} (?:, {CY} )*(?:, )?and )?{CY}) "
                    + "(?:(?:formally|officially|first|simultaneously|jointly|both) )?(?:applied|announced (?:their|its) (?:candidacy|candidacies|bids?|applications?)"
                    + "|(?:submitted|filed|lodged) (?:their|its|an|a) (?:formal )?(?:membership )?applications?) "
                    + "(?:to join (?:the )?(?<org>{O})|for (?:full )?membership (?:of|in) (?:the )?(?<org2>{O})|for (?:the )?(?<org3>{O}) membership"
                    + "|to become (?:a |an )?(?:full )?members? of (?:the )?(?<org4>{O})) (?:in|on) (?<date>{W})(?! 's)");
    /**
     * "India, which joined in 2017, ...", "Croatia, which joined the EU in 2013": a country's accession in a relative
     * clause; without an organisation, the article's (as "the bloc" would be).
     */
    private static final ShapePattern JOINED = ShapePattern.compile(
            "(?<country>{C}) , (?:which|that) (?:officially |formally |only |also |itself )?"
                    + "(?:joined|acceded to|was admitted to|became a (?:full )?member(?: of)?)(?: (?:the )?(?<org>{OA}))? (?:in|on) (?<date>{W})(?! 's)");

    /**
     * "Laos became its tenth member in 2029", "Chile, which became the OECD's second South American
     * member in 2030", "Laos became a full member of ASEAN in 2029": a country's accession written as becoming a
     * member; without an organisation, the one "its" or the article refers to.
     */
    private static final ShapePattern BECAME_MEMBER = ShapePattern.compile(
            "(?<country>{C}) , (?:which|that) (?:officially |formally )?became (?:the |a |an |its |(?:the )?(?<owner>{OA}) 's )"
                    + "(?:(?:{D}|[a-z0-9-]+) ){0,3}?(?:member(?: state| country| nation)?|participating state)(?: of (?:the )?(?<org>{OA}))? (?:in|on) (?<date>{W})(?! 's)"
                    + "|(?<country2>{C}) (?:officially |formally )?became (?:the |a |an |its |(?:the )?(?<owner2>{OA}) 's )"
                    // "Mongolia became its 57th participating State in 2012": the OSCE's word for a member
                    + "(?:(?:{D}|[a-z0-9-]+) ){0,3}?(?:member(?: state| country| nation)?|participating state)(?: of (?:the )?(?<org2>{OA}))? (?:in|on) (?<date2>{W})(?! 's)");

    /**
     * A country leaving, expelled or suspended: "Chad quit the bloc in 2029", "Qatar left OPEC in January 2030",
     * "Belarus was expelled from the Council of Europe in May 2030", "Mali was suspended in 2029" (from the
     * organisation the article is about). Leaving needs the organisation written ("pulled out in 1976" may be of
     * anything).
     */
    private static final ShapePattern LEFT = ShapePattern.compile(
            // "Mauritania, one of the founders, left the bloc in 2000": a short apposition between the two
            "(?<country>{C}) (?:, (?:[^ ,;]+ ){1,8}?, )?(?:had |has )?(?:formally |officially )?(?<left>quit|left|withdrew from|withdrawn from|pulled out of|exited) "
                    + "(?:the )?(?<org>{OA}) (?:in|on) (?<date>{W})(?! 's)"
                    + "|(?<country2>{C}) (?:was|had been|has been) (?:formally |officially )?(?<how>expelled|suspended)"
                    + "(?: from (?:the )?(?<org2>{OA}))? (?:in|on) (?<date2>{W})(?! 's)"
                    // "Syria's membership of the bloc was suspended in 2012", "Syria's membership has been suspended
                    // since 2012": the year it began
                    + "|(?<country3>{C}) 's (?:membership|participation)(?: (?:of|in) (?:the )?(?<org3>{OA}))? "
                    + "(?:was|had been|has been|remains|has remained) (?:formally |officially )?suspended (?:in|on|since) (?<date3>{W})(?! 's)"
                    // "Eritrea suspended its membership in 2007": a member stepping back on its own
                    + "|(?<country4>{C}) (?:had |has )?(?:formally |officially )?suspended its (?:membership|participation)"
                    + "(?: (?:of|in) (?:the )?(?<org4>{OA}))? (?:in|on) (?<date4>{W})(?! 's)");

    /**
     * A country taking a bloc's rotating chair: "Laos takes over the chairmanship from Vietnam on January 1",
     * "Chile took over the G20 presidency on 1 December", "Peru is due to chair the grouping in 2033",
     * "Chile had held the presidency since January 2030".
     */
    private static final ShapePattern CHAIR_TAKEN = ShapePattern.compile(
            "(?<country>{C}) (?:took over|takes over|will take over|assumed|assumes|will assume|(?:is|was) (?:due|set|scheduled) to (?:take over|assume)|is to take over|is to assume) "
                    + "(?:the )?(?:rotating )?(?:(?<org>{O}) )?(?<post>chairmanship|presidency)(?: of (?:the )?(?<org2>{OA}))?(?: from (?:the )?{C})? (?:(?:on|in) )?(?<date>{W})(?! 's)"
                    + "|(?<country2>{C}) (?:(?:is|was) (?:due|set|scheduled) to|is to|will) chair (?:the )?(?<org3>{OA}) (?:on|in) (?<date2>{W})(?! 's)"
                    + "|(?<country3>{C}) (?:has |had )held the (?:rotating )?(?<post3>chairmanship|presidency)(?: of (?:the )?(?<org4>{OA}))? since (?<date3>{W})(?! 's)");

    /** Countries a decision names: "Iran and Saudi Arabia", "Ukraine, Moldova and Georgia". */
    private static final String WHO = "(?<who>(?:the )?{C}(?: (?:,|and|, and) (?:the )?{C})*)";

    private static final String TO_JOIN = "to (?:join|enter|become (?:a |an |full |new )*members? of)";

    /**
     * The day a bloc invited countries to join, when the date belongs to the invitation: "A and B were among six
     * countries invited Thursday to join the bloc", "The bloc on Monday invited A to join", "On Monday, the bloc
     * invited A to join"; not "A was invited to join on 1 January 2024", the day it would enter.
     */
    private static final List<ShapePattern> INVITATIONS = List.of(
            ShapePattern.compile(WHO + " (?:was|were|have been|has been) (?:among (?:the )?(?:[a-z0-9-]+ ){0,3})?"
                    + "(?:formally |officially )?invited (?:on )?(?<date>{W}) " + TO_JOIN
                    + " (?:the )?(?:[0-9]+ - (?:nation|member) )?(?:[a-z-]+ )?(?<org>{OA})"),
            ShapePattern.compile(
                    "(?<org>{OA}) (?:on )?(?<date>{W}) (?:formally |officially )?invited " + WHO + " " + TO_JOIN),
            ShapePattern.compile("^(?:on )?(?<date>{W}) , (?:the )?(?<org>{OA}) (?:formally |officially )?invited "
                    + WHO + " " + TO_JOIN));
    /**
     * The day a country was made a candidate: "the European Council on Thursday granted A and B candidate status",
     * "A was granted candidate status in June 2022", "the EU granted candidate status to A in December 2023".
     */
    private static final List<ShapePattern> CANDIDACIES = List.of(
            ShapePattern.compile("(?<org>{OA}) (?:on )?(?<date>{W}) (?:formally |officially )?(?:granted|gave|awarded) "
                    + WHO + " (?:official |formal )?candidate status"),
            ShapePattern.compile("^(?:on |in )?(?<date>{W}) , (?:the )?(?<org>{OA}) (?:formally |officially )?"
                    + "(?:granted|gave|awarded) " + WHO + " (?:official |formal )?candidate status"),
            ShapePattern.compile(
                    "(?<org>{OA}) (?:formally |officially )?(?:granted|gave|awarded) " + WHO
                            + " (?:official |formal )?candidate status (?:(?:in|of) (?:the )?{O} )?(?:on|in) (?<date>{W})(?! 's)"),
            ShapePattern.compile(
                    "(?<org>{OA}) (?:formally |officially )?(?:granted|gave|awarded) (?:official |formal )?"
                            + "candidate status to " + WHO + " (?:on|in) (?<date>{W})(?! 's)"),
            ShapePattern.compile(
                    WHO + " (?:was|were) (?:formally |officially )?(?:granted|given|awarded) (?:official |formal )?"
                            + "candidate status (?:(?:by|in|of) (?:the )?(?<org>{OA}) )?(?:on|in) (?<date>{W})(?! 's)"));

    private final List<ShapePattern> events;

    DateExtractor(Knowledge knowledge) {
        String words = knowledge.eventWords.keySet().stream()
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
        String nouns = knowledge.eventWords.entrySet().stream()
                .filter(e -> e.getKey().equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .collect(Collectors.joining("|"));
        this.events = List.of(
                // "the 1990 invasion of Kuwait", "the invasion of Kuwait on 2 August 1990", "the invasion of Kuwait
                // began on 2 August 1990"
                ShapePattern.compile(
                        "(?:(?<year>{W}) )?(?<event>" + nouns
                                + ") of (?:the )?(?<place>{C})(?: (?:(?:began|started|took place|happened|occurred) )?(?:on|in) (?<date>{W}))?"),
                ShapePattern.compile("(?<event>" + words + ") (?:the )?(?<place>{C}) (?:on|in) (?<date>{W})"),
                // "Namibia is one of the younger states, having gained independence from South Africa in 1990"
                ShapePattern.compile(
                        "(?<place>{C}) (?:(?:is|was|has been) [^;,]*? , having |, having )?(?:gained|declared|won|achieved|regained) (?:its )?(?<event>independence) (?:from (?:the )?{CO} )?(?:on|in) (?<date>{W})"),
                // "South Sudan became independent in 2011"
                ShapePattern.compile(
                        "(?<place>{C}) (?:, which )?became (?<event>independent) (?:from (?:the )?{CO} )?(?:on|in) (?<date>{W})"));
    }

    /**
     * One sentence's dates of one event without those another of its dates makes finer: "The 2019 summit took place in
     * Osaka on June 28-29" dates the summit 2019-06-28, not also 2019.
     */
    static void dropCoarserDates(List<Fact> found) {
        found.removeIf(coarse -> coarse.kind() == FactKind.DATE
                && found.stream()
                        .anyMatch(fine -> fine.kind() == FactKind.DATE
                                && fine.subject().equals(coarse.subject())
                                && fine.object().length() > coarse.object().length()
                                && fine.object().startsWith(coarse.object() + "-")));
    }

    /**
     * An article's dates of one event resolved from a weekday or a relative word ("the Thursday summit") where another
     * sentence writes the event's date out ("on Thursday, August 17") and they differ: the written date is the event's,
     * the weekday may be read against the wrong week. Events match by name without their number ("the 2023 43rd SADC
     * summit" is the "2023 SADC summit").
     */
    static void dropRelativeWhereWritten(List<Fact> facts) {
        Map<String, java.util.Set<String>> written = new java.util.HashMap<>();
        for (Fact fact : facts) {
            if (fact.kind() == FactKind.DATE && !dayOnly(fact)) {
                written.computeIfAbsent(eventKey(fact.subject()), k -> new java.util.HashSet<>())
                        .add(fact.object());
            }
        }
        facts.removeIf(fact -> {
            java.util.Set<String> days = dayOnly(fact) ? written.get(eventKey(fact.subject())) : null;
            return days != null
                    && days.stream()
                            .noneMatch(day -> day.startsWith(fact.object())
                                    || fact.object().startsWith(day));
        });
    }

    /** A date read from a weekday or a word alone ("Thursday", "yesterday"), no day of a month written beside it. */
    private static boolean dayOnly(Fact fact) {
        String from = fact.qualifiers().get("resolved_from");
        return fact.kind() == FactKind.DATE && from != null && from.chars().noneMatch(Character::isDigit);
    }

    /** A summit's number in its name ("43rd", "XLV"), as {@link Summits#NUMBER} reads it in the text. */
    private static final Pattern NUMBERED = Pattern.compile(" " + Summits.NUMBER + "(?= )", Pattern.CASE_INSENSITIVE);

    private static String eventKey(String event) {
        return NUMBERED.matcher(" " + event).replaceAll("").strip();
    }

    /** What comes before a founding whose year is another event's: "to mark the 50th anniversary of". */
    private static final Pattern ANNIVERSARY_OF = Pattern.compile("anniversary of (?:the )?$");

    /** "The 31st Summit of the League was launched on 1 November": the meeting was opened, not the organisation founded. */
    private static final Pattern MEETING_OF = Pattern.compile(
            "(?i)\\b(?:summit|meeting|session|conference|congress|forum|gathering|council)s? of (?:the )?$"
                    // "The office of President of the European Council was created in the Treaty of Lisbon": an
                    // office of the organisation was created, not the organisation
                    + "|(?:^| )(?:T[0-9]+|office|post|position|role|seat) of (?:the )?$");

    @Override
    public void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!shape.has('W')) {
            return;
        }
        for (int rule = 0; rule < FOUNDINGS.size(); rule++) {
            if (!FOUNDINGS.get(rule).mayMatch(shape)) {
                continue;
            }
            Matcher m = FOUNDINGS.get(rule).matcher(shape);
            while (m.find()) {
                String before = shape.text().substring(0, m.start());
                if (MEETING_OF.matcher(before).find()) {
                    continue;
                }
                if (ANNIVERSARY_OF.matcher(before).find()) {
                    continue; // "the fiftieth anniversary of the organisation's founding in 2020": the anniversary's
                    // year
                }
                Optional<Knowledge.Organisation> organisation = foundedOrganisation(sentence, context, m);
                Optional<String> date = date(sentence, context, m, "date");
                if (organisation.isPresent() && date.isPresent()) {
                    Facts.Found by = Facts.Found.by("founding", rule)
                            .doubted(!named(sentence, m, "org"))
                            .doubted(relative(sentence, m, "date"));
                    dated(found, "founding of " + organisation.get().shortName(), date.get(), sentence, context, by);
                    foundedAt(
                            sentence,
                            context,
                            m,
                            "founding of " + organisation.get().shortName(),
                            by,
                            found);
                }
            }
        }
        for (int rule = 0; rule < SUMMIT_DATES.size(); rule++) {
            if (!SUMMIT_DATES.get(rule).mayMatch(shape)) {
                continue;
            }
            Matcher m = SUMMIT_DATES.get(rule).matcher(shape);
            Facts.Found by = Facts.Found.by("summit-date", rule);
            while (m.find()) {
                Optional<String> date = date(sentence, context, m, "date");
                // "session" alone names a summit of too many bodies: only an assembly's session is named by it, the one
                // assembly its sentence names ("the Assembly named X to chair the world body's 86th session")
                boolean session = m.pattern().pattern().contains("(?<session>") && m.start("session") >= 0;
                Optional<Knowledge.Organisation> organisation = listedIn(sentence, m, "org")
                        .or(() -> listedIn(sentence, m, "org2"))
                        .or(() -> listedIn(sentence, m, "org3"))
                        .or(() -> session ? onlyAssembly(sentence) : Optional.empty())
                        .or(() -> Summits.organisation(sentence, context));
                if (date.isPresent()
                        && organisation.isPresent()
                        && !ITS_END_BEFORE
                                .matcher(shape.text().substring(0, m.start()))
                                .find()
                        && !Summits.speaksOfAnotherSummit(sentence)
                        && !laterDay(sentence)
                        && !Summits.calledOff(sentence)
                        && !(m.group().endsWith("meeting")
                                && listedIn(sentence, m, "org").isEmpty()
                                && Summits.someoneElsesMeeting(sentence))
                        && !Summits.someoneElses(shape, m.start(), m.end(), organisation.get())
                        && (!session || organisation.get().name().endsWith("Assembly"))
                        && !yearOfTheArticle(date.get(), context)
                        && !yearNamesTheSummit(sentence, m)) {
                    int year = Integer.parseInt(date.get().substring(0, 4));
                    // "an extraordinary summit of the Authority held on 30 July": the kind written before the words
                    // matched names the event as the sentence's host rule names it
                    String written = Summits.withKind(
                            Summits.written(sentence, m.start(), m.end()),
                            Summits.kindOf(sentence.sentence().text()));
                    if (listedIn(sentence, m, "org").isEmpty()) {
                        // "the meeting on December 26" after "an informal summit" is that informal summit
                        written = Summits.withKind(written, context.summitKind(organisation.get()));
                    }
                    // "a rescheduled OPEC+ meeting" is a meeting, not a summit
                    boolean meeting = m.pattern().pattern().contains("(?<meeting>");
                    String event = meeting
                            ? Summits.meeting(organisation.get(), year, written)
                            : Summits.name(organisation.get(), Optional.of(year), written, Summits.number(sentence, m));
                    boolean relative = relative(sentence, m, "date");
                    Facts.Found doubted = by.doubted(
                                    Summits.organisationAttached(sentence).isEmpty())
                            .doubted(relative);
                    // a day read from a weekday or a relative word says so, as the gold's "resolved_from" does
                    Map<String, String> qualifiers = relative
                            ? Map.of("resolved_from", ((Mention.DateMention) shape.mention(m, "date")).written())
                            : Map.of();
                    String day = date.get();
                    // the host rule may have dated it from this sentence already
                    if (found.stream()
                            .noneMatch(f -> f.kind() == FactKind.DATE
                                    && f.subject().equals(event)
                                    && f.object().equals(day))) {
                        found.add(Facts.of(FactKind.DATE, event, "date", day, qualifiers, sentence, context, doubted));
                    }
                }
            }
        }
        Matcher joined = JOINED.matcher(shape);
        while (joined.find()) {
            Optional<String> date = date(sentence, context, joined, "date");
            Mention org = joined.start("org") >= 0 ? shape.mention(joined, "org") : null;
            Optional<Knowledge.Organisation> organisation = context.namedOrReferred(org, sentence);
            if (date.isPresent()
                    && organisation.isPresent()
                    && shape.mention(joined, "country") instanceof Mention.CountryMention country) {
                Facts.Found by = Facts.Found.by("accession", 0)
                        .doubted(!(org instanceof Mention.OrganisationMention))
                        .doubted(relative(sentence, joined, "date"));
                dated(
                        found,
                        "accession of " + country.country().name() + " to "
                                + organisation.get().shortName(),
                        date.get(),
                        sentence,
                        context,
                        by);
            }
        }
        becameMembers(sentence, context, found);
        chairsTaken(sentence, context, found);
        coups(sentence, context, found);
        leavings(sentence, context, found);
        Matcher applied = APPLIED.matcher(shape);
        while (applied.find()) {
            Optional<Knowledge.Organisation> organisation = listedIn(sentence, applied, "org")
                    .or(() -> listedIn(sentence, applied, "org2"))
                    .or(() -> listedIn(sentence, applied, "org3"))
                    .or(() -> listedIn(sentence, applied, "org4"));
            Optional<String> date = date(sentence, context, applied, "date");
            if (organisation.isEmpty() || date.isEmpty()) {
                continue;
            }
            for (Mention mention : shape.mentions(applied, "who")) {
                Optional<String> country = mention instanceof Mention.CountryMention c
                        ? Optional.of(c.country().name())
                        : mention instanceof Mention.CityMention city
                                        && city.city()
                                                .name()
                                                .equals(city.city().country().capital())
                                ? Optional.of(city.city().country().name())
                                : Optional.empty();
                if (country.isEmpty()) {
                    continue;
                }
                Facts.Found by = Facts.Found.by("application", 0)
                        .doubted(mention instanceof Mention.CityMention)
                        .doubted(relative(sentence, applied, "date"));
                dated(
                        found,
                        "application of " + country.get() + " to "
                                + organisation.get().shortName(),
                        date.get(),
                        sentence,
                        context,
                        by);
            }
        }
        decisions(sentence, context, found, INVITATIONS, "invitation", "invitation of %s to %s");
        decisions(sentence, context, found, CANDIDACIES, "candidacy", "candidacy of %s for %s");
        invasionsOfTheCountry(sentence, context, found);
        for (int rule = 0; rule < events.size(); rule++) {
            if (!events.get(rule).mayMatch(shape)) {
                continue;
            }
            Matcher m = events.get(rule).matcher(shape);
            Facts.Found by = Facts.Found.by("event-date", rule);
            while (m.find()) {
                // "leaders condemned the invasion of Ukraine on Thursday": a day counted from the report after the
                // event
                // is the day of what the report tells, unless the sentence says the event began then
                boolean reportsDay = rule == 0
                        && relative(sentence, m, "date")
                        && !BEGAN.matcher(m.group()).find();
                Optional<String> date = (reportsDay ? Optional.<String>empty() : date(sentence, context, m, "date"))
                        .or(() -> date(sentence, context, m, "year"));
                Mention place = shape.mention(m, "place");
                if (date.isPresent() && place instanceof Mention.CountryMention country) {
                    String event = m.group("event").equals("independent")
                            ? "independence"
                            : Knowledge.get().eventWords.get(m.group("event"));
                    dated(
                            found,
                            event + " of " + country.country().name(),
                            date.get(),
                            sentence,
                            context,
                            by.doubted(relative(sentence, m, "date")));
                }
            }
        }
    }

    /**
     * When someone took up the one office the article gives them: "X, a Thai economist who took up the post in
     * August 2029", "Y, who took office in November 2029", "Z, who has headed the bloc since June 2027", "W,
     * who has led the country since 2027". What was led must be of the office's kind (an organisation for a
     * secretary-general, a nation for a leader: not "who has led the party since 2010" for a prime minister).
     */
    private static final ShapePattern OFFICE_TAKEN = ShapePattern.compile(
            "(?<who>{P}) , (?:[^;,]*? )?who (?:[^;,]*? when (?:he|she) )?(?:(?:has |had )?(?:led|headed|run|chaired) "
                    + "(?:the |his |her |its |their )?(?:[^ ;,]+ ){0,3}?(?:(?<org>agency|organisation|organization|secretariat|bloc|forum|body|{OA})"
                    + "|(?<nation>nation|country|{C})) since (?<date>{W})"
                    + "|(?<office>took office) (?:as (?:the )?[^;,]*? )?(?:in|on) (?<date2>{W})|took up (?:the |his |her )?(?:post|job|position|role) (?:in|on) (?<date3>{W})"
                    // "V, who has served as secretary general since December 2027"
                    + "|(?<served>(?:has |had )?served) as (?:the )?(?:{O} )?{T}(?: of (?:the )?{OA})? since (?<date4>{W}))(?! 's)"
                    // "U took office in November 2029.": the person the sentence is about
                    // "U took office as NATO Secretary General on October 1", "U, a former prime minister, was sworn in
                    // as
                    // ... on Monday", "U succeeded W as ... on October 1"
                    + "|^(?<who2>{P}) (?:, (?:a |an |the )[^;,]*? , )?(?:formally |officially )?(?<office2>took office"
                    + "|assumed office|took up (?:the |his |her )?(?:post|job|position|role)|was sworn in|was inaugurated"
                    + "|succeeded {P})(?: as (?:the )?[^;,]*?)? (?:in|on) (?<date5>{W})(?! 's)");

    /** Words that describe someone rather than name an office they took: "a Chadian diplomat". */
    private static final java.util.Set<String> DESCRIPTIONS = java.util.Set.of("diplomat");

    /** Dates when people took their office, read once every sentence's position facts are known. */
    static void officeTaken(List<AnnotatedSentence> sentences, ArticleContext context, List<Fact> facts) {
        List<Fact> found = new java.util.ArrayList<>();
        for (AnnotatedSentence annotated : sentences) {
            AnnotatedSentence sentence = annotated.withUnknownSingleNamesDropped(context.people());
            Shape shape = sentence.shape();
            if (!shape.has('P') || !OFFICE_TAKEN.mayMatch(shape)) {
                continue;
            }
            Matcher m = OFFICE_TAKEN.matcher(shape);
            while (m.find()) {
                if (!(shape.mention(m, m.start("who") >= 0 ? "who" : "who2") instanceof Mention.PersonMention person)) {
                    continue;
                }
                Optional<String> name = context.people().resolve(person);
                String group = java.util.stream.Stream.of("date", "date2", "date3", "date4", "date5")
                        .filter(g -> m.start(g) >= 0)
                        .findFirst()
                        .orElseThrow();
                Optional<String> date = date(sentence, context, m, group);
                if (name.isEmpty() || date.isEmpty()) {
                    continue;
                }
                List<Fact> offices = facts.stream()
                        .filter(f -> f.kind() == FactKind.POSITION
                                && f.subject().equals(name.get())
                                && f.qualifiers().isEmpty()
                                && !STALE_TITLE.matcher(f.relation()).find()
                                && !DESCRIPTIONS.contains(f.relation()))
                        .filter(f -> m.start("org") < 0
                                || Knowledge.get().findOrganisation(f.object()).isPresent())
                        .filter(f -> m.start("nation") < 0
                                || Knowledge.get().findCountry(f.object()).isPresent())
                        .toList();
                if (offices.stream()
                                .map(f -> f.relation() + "|" + f.object())
                                .distinct()
                                .count()
                        != 1) {
                    continue;
                }
                Fact office = offices.get(0);
                String verb = m.start("office") >= 0 || m.start("office2") >= 0 || m.start("served") >= 0
                        ? " takes office as "
                        : " becomes ";
                String post = Knowledge.get()
                        .findOrganisation(office.object())
                        .map(o -> o.shortName() + " " + office.relation())
                        .orElse(office.relation() + " of " + office.object());
                Facts.Found by = Facts.Found.by("office-taken", 0)
                        .doubted(person.parts().size() < 2)
                        .doubted(relative(sentence, m, group));
                dated(found, name.get() + verb + post, date.get(), sentence, context, by);
            }
        }
        facts.addAll(found);
    }

    /** Titles not held now: "former Foreign Minister", "outgoing Chairman". */
    private static final java.util.regex.Pattern STALE_TITLE = java.util.regex.Pattern.compile(
            "^(?:former|outgoing|incoming|late|then|acting|interim)\\b|-elect\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "the July 2030 coup in Chad", "the military coup in Mali in August 2029": a coup is dated where the country it
     * took place in is written; not a failed, attempted or foiled one.
     */
    private static final ShapePattern COUP = ShapePattern.compile(
            "(?<!failed |attempted |foiled |alleged |would-be |thwarted )(?:(?<year>{W}) )?(?:military )?coup (?:d'état |d'etat )?in (?:the )?(?<place>{C})"
                    + "(?: (?:on|in) (?<date>{W})(?! 's))?");

    private static void coups(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!COUP.mayMatch(shape)) {
            return;
        }
        Matcher m = COUP.matcher(shape);
        while (m.find()) {
            if (m.start("year") >= 0 && m.start("date") >= 0) {
                continue; // two dates for one coup: which is its, the sentence does not say plainly
            }
            String group = m.start("year") >= 0 ? "year" : "date";
            Optional<String> date = date(sentence, context, m, group);
            if (date.isPresent() && shape.mention(m, "place") instanceof Mention.CountryMention country) {
                dated(
                        found,
                        "coup in " + country.country().name(),
                        date.get(),
                        sentence,
                        context,
                        Facts.Found.by("coup", 0).doubted(relative(sentence, m, group)));
            }
        }
    }

    private static void chairsTaken(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!CHAIR_TAKEN.mayMatch(shape)) {
            return;
        }
        Matcher m = CHAIR_TAKEN.matcher(shape);
        while (m.find()) {
            String n = m.start("country") >= 0 ? "" : m.start("country2") >= 0 ? "2" : "3";
            Mention org = null;
            for (String group :
                    n.isEmpty() ? List.of("org", "org2") : n.equals("2") ? List.of("org3") : List.of("org4")) {
                if (m.start(group) >= 0) {
                    org = shape.mention(m, group);
                }
            }
            String post = n.isEmpty() ? m.group("post") : n.equals("3") ? m.group("post3") : "chairmanship";
            datedForCountry(
                    found,
                    sentence,
                    context,
                    m,
                    org,
                    n,
                    Facts.Found.by("chair-taken", Integer.parseInt(n.isEmpty() ? "1" : n) - 1),
                    (country, organisation) -> country + " takes over the " + organisation + " " + post);
        }
    }

    private static void becameMembers(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!BECAME_MEMBER.mayMatch(shape)) {
            return;
        }
        Matcher m = BECAME_MEMBER.matcher(shape);
        while (m.find()) {
            String n = m.start("country") >= 0 ? "" : "2";
            Mention org = m.start("org" + n) >= 0
                    ? shape.mention(m, "org" + n)
                    : m.start("owner" + n) >= 0 ? shape.mention(m, "owner" + n) : null;
            datedForCountry(
                    found,
                    sentence,
                    context,
                    m,
                    org,
                    n,
                    Facts.Found.by("accession", 1),
                    (country, organisation) -> "accession of " + country + " to " + organisation);
        }
    }

    private static void leavings(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!LEFT.mayMatch(shape)) {
            return;
        }
        Matcher m = LEFT.matcher(shape);
        while (m.find()) {
            int alternative =
                    m.start("country") >= 0 ? 1 : m.start("country2") >= 0 ? 2 : m.start("country3") >= 0 ? 3 : 4;
            String n = alternative == 1 ? "" : String.valueOf(alternative);
            Mention org = m.start("org" + n) >= 0 ? shape.mention(m, "org" + n) : null;
            String what = alternative == 1
                    ? "withdrawal"
                    : alternative == 2 && m.group("how").equals("expelled") ? "expulsion" : "suspension";
            datedForCountry(
                    found,
                    sentence,
                    context,
                    m,
                    org,
                    n,
                    Facts.Found.by("leaving", alternative - 1),
                    (country, organisation) -> what + " of " + country + " from " + organisation);
        }
    }

    /**
     * A country's step in an organisation, dated: the organisation named or referred to ({@code org}, doubted when
     * referred to), the date of group {@code "date" + n} (doubted when relative) and the country of group {@code
     * "country" + n}; nothing when one of the three is missing. {@code subject} names the event from the country's
     * name and the organisation's short name.
     */
    private static void datedForCountry(
            List<Fact> found,
            AnnotatedSentence sentence,
            ArticleContext context,
            Matcher m,
            Mention org,
            String n,
            Facts.Found by,
            java.util.function.BinaryOperator<String> subject) {
        Optional<Knowledge.Organisation> organisation = context.namedOrReferred(org, sentence);
        Optional<String> date = date(sentence, context, m, "date" + n);
        if (organisation.isPresent()
                && date.isPresent()
                && sentence.shape().mention(m, "country" + n) instanceof Mention.CountryMention country) {
            dated(
                    found,
                    subject.apply(country.country().name(), organisation.get().shortName()),
                    date.get(),
                    sentence,
                    context,
                    by.doubted(!(org instanceof Mention.OrganisationMention))
                            .doubted(relative(sentence, m, "date" + n)));
        }
    }

    /**
     * "Ukrainian leaders have pushed for membership since the February 24 invasion of the country by Russian troops":
     * "the country" is the one country the sentence named before it, the invader named after it being another.
     */
    private static final ShapePattern INVASION_OF_THE_COUNTRY =
            ShapePattern.compile("the (?<date>{W}) invasion of the country by (?:the )?(?<by>{CD})");

    private static void invasionsOfTheCountry(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        Matcher m = INVASION_OF_THE_COUNTRY.matcher(shape);
        while (m.find()) {
            Optional<String> date = date(sentence, context, m, "date");
            if (date.isEmpty() || !(shape.mention(m, "by") instanceof Mention.CountryMention invader)) {
                continue;
            }
            List<Knowledge.Country> before = shape.mentionsIn(0, m.start()).stream()
                    .filter(mention -> mention instanceof Mention.CountryMention)
                    .map(mention -> ((Mention.CountryMention) mention).country())
                    .distinct()
                    .toList();
            if (before.size() == 1 && !before.get(0).equals(invader.country())) {
                dated(
                        found,
                        "invasion of " + before.get(0).name(),
                        date.get(),
                        sentence,
                        context,
                        Facts.Found.by("invasion", 0).doubted(true).doubted(relative(sentence, m, "date")));
            }
        }
    }

    /**
     * A bloc's decision on countries that want to join, dated by the day it was taken: one fact per country, named by
     * {@code name} from the country and the organisation whose membership it is (the EU's, for the European Council's
     * decision).
     */
    private static void decisions(
            AnnotatedSentence sentence,
            ArticleContext context,
            List<Fact> found,
            List<ShapePattern> rules,
            String pattern,
            String name) {
        Shape shape = sentence.shape();
        for (int rule = 0; rule < rules.size(); rule++) {
            if (!rules.get(rule).mayMatch(shape)) {
                continue;
            }
            Matcher m = rules.get(rule).matcher(shape);
            while (m.find()) {
                Mention decider = m.start("org") >= 0 ? shape.mention(m, "org") : null;
                Optional<Knowledge.Organisation> organisation =
                        context.namedOrReferred(decider, sentence).map(Knowledge.get()::membershipOf);
                // a decision is told after it is taken: "on Thursday" is the Thursday before the report
                Optional<String> date = date(sentence, context, m, "date");
                if (organisation.isEmpty() || date.isEmpty()) {
                    continue;
                }
                Facts.Found by = Facts.Found.by(pattern, rule)
                        .doubted(!(decider instanceof Mention.OrganisationMention))
                        .doubted(relative(sentence, m, "date"));
                for (Mention mention : shape.mentions(m, "who")) {
                    if (mention instanceof Mention.CountryMention country) {
                        dated(
                                found,
                                String.format(
                                        java.util.Locale.ROOT,
                                        name,
                                        country.country().name(),
                                        organisation.get().shortName()),
                                date.get(),
                                sentence,
                                context,
                                by);
                    }
                }
            }
        }
    }

    /** Adds, once, the fact that {@code event} happened on {@code date}, read from this sentence. */
    private static void dated(
            List<Fact> found,
            String event,
            String date,
            AnnotatedSentence sentence,
            ArticleContext context,
            Facts.Found by) {
        Facts.addOnce(found, Facts.of(FactKind.DATE, event, "date", date, Map.of(), sentence, context, by));
    }

    /**
     * "Who will attend the summit in 2030?" under a page of 2030: a year alone that is the article's own tells no more
     * than the summit's name, and the report dates its own summit in full elsewhere.
     */
    private static boolean yearOfTheArticle(String iso, ArticleContext context) {
        return iso.length() == 4
                && context.published()
                        .map(p -> Integer.toString(p.getYear()).equals(iso))
                        .orElse(false);
    }

    /**
     * Where a founding was: "BIMSTEC was established in Dhaka on March 3, 2030", "the bloc, which was founded in
     * Lima, Peru, in September 2029", "the forum was founded on April 4, 2030, in Hanoi". The city written right
     * after the verb or its date is where it was founded (a country alone is no place of founding).
     */
    private static final ShapePattern FOUNDED_AT = ShapePattern.compile(
            FOUNDED + " (?:officially |formally )?(?:in (?<loc>{Y})(?: , (?<country>{C}))?(?: ,)? (?:in|on) {W}"
                    // "was founded on 15 February 1991 at a meeting in Visegrad"
                    + "|(?:in|on) {W} (?:, )?(?:at an? (?:[a-z]+ )?(?:meeting|summit|conference|ceremony) )?in (?<loc2>{Y})(?: , (?<country2>{C}))?)");

    private static void foundedAt(
            AnnotatedSentence sentence,
            ArticleContext context,
            Matcher founding,
            String event,
            Facts.Found by,
            List<Fact> found) {
        Shape shape = sentence.shape();
        if (!FOUNDED_AT.mayMatch(shape)) {
            return;
        }
        Matcher m = FOUNDED_AT.matcher(shape);
        m.region(founding.start(), shape.text().length());
        if (!m.find() || m.start() >= founding.end()) {
            return; // the verb of this founding, with the place before or after its date
        }
        String n = m.start("loc") >= 0 ? "" : "2";
        if (!(shape.mention(m, "loc" + n) instanceof Mention.CityMention city)) {
            return;
        }
        String country =
                m.start("country" + n) >= 0 && shape.mention(m, "country" + n) instanceof Mention.CountryMention c
                        ? c.country().name()
                        : city.city().country().name();
        Facts.addOnce(
                found,
                Facts.of(
                        FactKind.HOST,
                        event,
                        "held in",
                        city.city().name(),
                        Map.of("country", country),
                        sentence,
                        context,
                        by));
    }

    /**
     * "Dakar is to host the 2032 summit": a year written as the summit's name tells no more than the name, which
     * holds it already; the summit is dated where a sentence says when it met.
     */
    private static boolean yearNamesTheSummit(AnnotatedSentence sentence, Matcher m) {
        return m.pattern().pattern().contains("(?<date>")
                && m.start("date") >= 0
                && sentence.shape().mention(m, "date") instanceof Mention.DateMention date
                && date.expression() instanceof DateExpression.Year
                && YEAR_AS_NAME
                        .matcher(sentence.shape().text().substring(m.end("date")))
                        .lookingAt();
    }

    private static final java.util.regex.Pattern YEAR_AS_NAME =
            java.util.regex.Pattern.compile(" (?:[a-z-]+ )?(?:summit|meeting)(?: |$)");

    private static Optional<Knowledge.Organisation> foundedOrganisation(
            AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        Mention mention = m.start("org") >= 0 ? sentence.shape().mention(m, "org") : null;
        if (mention instanceof Mention.OrganisationMention organisation) {
            return organisation.organisation().listed() ? Optional.of(organisation.organisation()) : Optional.empty();
        }
        if (mention == null && nearerNameForIts(sentence, m)) {
            return Optional.empty();
        }
        int at = mention != null ? mention.from() : firstMentionFrom(sentence, m);
        // "The group was created in 2014" just after a sentence on the G5 Sahel, in an article on the African Union:
        // a founding year is told of the organisation both the article and the sentence before point to, or of none
        Optional<Knowledge.Organisation> referred = context.referredOrganisation(sentence, at);
        return referred.equals(context.lastNamedBefore(sentence, at)) ? referred : Optional.empty();
    }

    /** The listed organisation a group of the match names, if the pattern has that group. */
    private static Optional<Knowledge.Organisation> listedIn(AnnotatedSentence sentence, Matcher m, String group) {
        if (!m.pattern().pattern().contains("(?<" + group + ">") || m.start(group) < 0) {
            return Optional.empty();
        }
        return sentence.shape().mention(m, group) instanceof Mention.OrganisationMention organisation
                        && organisation.organisation().listed()
                ? Optional.of(organisation.organisation())
                : Optional.empty();
    }

    /**
     * "On the second day of the summit on Tuesday", "on the sidelines of the summit on Friday": a day while the summit
     * ran, not the day it opened.
     */
    private static final ShapePattern LATER_DAY = ShapePattern.compile(
            "(?:(?:second|third|fourth|fifth|final|last|closing|concluding) (?:day|session|ceremony|plenary)"
                    + "|sidelines|margins|end|close|conclusion|closing) of (?:the |this |their |its )?(?:[^ ]+ ){0,2}?summit"
                    // "leaders wrapped up their two-day summit in Argentina on Saturday": the day it ended
                    + "|(?:wrapped up|wound up|closed|ended|concluded|wrapped) (?:the |this |their |its |a )?(?:[^ ]+ ){0,3}?summit");

    private static final java.util.regex.Pattern BEGAN =
            java.util.regex.Pattern.compile(" (?:began|started|took place|happened|occurred) ");

    /** Whether the sentence dates a later day of the summit or something on its sidelines. */
    static boolean laterDay(AnnotatedSentence sentence) {
        return LATER_DAY.matcher(sentence.shape()).find();
    }

    /** The one assembly a sentence names, if it names one and no other. */
    private static Optional<Knowledge.Organisation> onlyAssembly(AnnotatedSentence sentence) {
        List<Knowledge.Organisation> assemblies = Summits.listedOrganisations(sentence).stream()
                .filter(o -> o.name().endsWith("Assembly"))
                .toList();
        return assemblies.size() == 1 ? Optional.of(assemblies.get(0)) : Optional.empty();
    }

    /** Whether a group names a listed organisation itself, not "the bloc" or "it". */
    private static boolean named(AnnotatedSentence sentence, Matcher m, String group) {
        return m.start(group) >= 0 && sentence.shape().mention(m, group) instanceof Mention.OrganisationMention;
    }

    /** Whether a date group holds a relative date ("on Thursday") that the article's date resolved. */
    private static boolean relative(AnnotatedSentence sentence, Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">")
                && m.start(group) >= 0
                && sentence.shape().mention(m, group) instanceof Mention.DateMention date
                && !date.expression().absolute();
    }

    /**
     * Whether "its" in a match may be something the sentence names after its last organisation: "OPEC ... its dialogue
     * with energy stakeholders, including the landmark DoC since its inception in December 2016" dates the DoC, a name
     * the data files do not know, not OPEC. A capitalised word no mention covers, between the last organisation (or
     * reference to one) and the match, is such a name.
     */
    private static boolean nearerNameForIts(AnnotatedSentence sentence, Matcher m) {
        if (!m.group().startsWith("since its ") && !m.group().contains(" its ")) {
            return false;
        }
        int start = sentence.shape()
                .tokenRange(m.start(), m.end(), sentence.tokens().size())[0];
        int after = 0;
        java.util.BitSet covered = new java.util.BitSet();
        for (Mention mention : sentence.mentions()) {
            covered.set(mention.from(), mention.to());
            if ((mention instanceof Mention.OrganisationMention || mention instanceof Mention.ReferenceMention)
                    && mention.to() <= start) {
                after = Math.max(after, mention.to());
            }
        }
        for (int i = Math.max(after, 1); i < start; i++) {
            Token token = sentence.tokens().get(i);
            if (token.isWord() && token.isCapitalised() && !covered.get(i)) {
                return true;
            }
        }
        return false;
    }

    private static int firstMentionFrom(AnnotatedSentence sentence, Matcher m) {
        List<Mention> inMatch = sentence.shape().mentionsIn(m.start(), m.end());
        return inMatch.isEmpty() ? sentence.tokens().size() : inMatch.get(0).from();
    }

    /** The ISO value of a date group, when it can be told. */
    private static Optional<String> date(AnnotatedSentence sentence, ArticleContext context, Matcher m, String group) {
        if (!m.pattern().pattern().contains("(?<" + group + ">") || m.start(group) < 0) {
            return Optional.empty();
        }
        Mention mention = sentence.shape().mention(m, group);
        if (!(mention instanceof Mention.DateMention date)) {
            return Optional.empty();
        }
        return DateResolver.resolve(date.expression(), today(sentence, context), future(sentence, m));
    }

    /** Whether a match speaks of what is to come: the sentence does, or the match schedules in the present tense. */
    static boolean future(AnnotatedSentence sentence, Matcher m) {
        return Facts.future(sentence) || SCHEDULED.matcher(m.group()).find();
    }

    /** "the session, which begins in September": a present tense that schedules, so the next September. */
    private static final java.util.regex.Pattern SCHEDULED = java.util.regex.Pattern.compile(
            "(?:^| )(?:begins|opens|starts|commences|kicks off|takes place|is held|gets under way|runs|takes over|assumes) ");

    /** A dateline with its day: "LIMA, May 4 (Agency) -", "Lima, 4 May 2030:". */
    private static final ShapePattern DATELINE = ShapePattern.compile(
            "^{Y}(?: , {C})? ,? (?<date>{W}) (?:, )?(?:\\( [^)]* \\)(?: (?:—|-|- -|:|\\|))?|(?:—|-|- -|:|\\|))");

    /**
     * The day a sentence's relative dates count from: a dateline's own day ("LIMA, May 4 (Agency) - The summit opened
     * here today": May 4, even on a page dated May 5), else the article's date.
     */
    static Optional<java.time.LocalDate> today(AnnotatedSentence sentence, ArticleContext context) {
        Matcher m = DATELINE.matcher(sentence.shape());
        if (context.published().isPresent()
                && m.lookingAt()
                && sentence.shape().mention(m, "date") instanceof Mention.DateMention dateline
                && (dateline.expression() instanceof DateExpression.Day
                        || dateline.expression() instanceof DateExpression.DayOfMonth)) {
            return DateResolver.resolve(dateline.expression(), context.published(), false)
                    .map(java.time.LocalDate::parse);
        }
        return context.published();
    }
}
