package quizline.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a summit or another meeting was held: "the summit in Jakarta", "the annual meeting ... in
 * the capital of Indonesia", "the Jakarta summit", "the summit, hosted by Lithuania in Vilnius",
 * "Vilnius hosted the summit", a meeting of an organisation's leaders or ministers, a session of an
 * assembly, and a dateline ("Vilnius | ... at a regional summit"). The object is a city; a country
 * ("India hosted the summit") only when the article names no city of that country as a host.
 */
final class HostExtractor implements SentenceExtractor {
    /** A place: a city (with its country), or a country's capital written as such. */
    private static final String LOCATION =
            "(?<loc>{Y} city(?= [,.;]| from| on| in)|{Y} , the capital of {C}|{Y} , the {D} capital|the capital of {C} , {Y}|{Y}(?: ,)? in (?:the )?{C}(?! 's)|{Y}(?: , {C}| {C}(?! 's))?|the capital of {C}|{C} 's capital(?: of| ,)? {Y}|the {D} capital(?: ,)? {Y}|{C} 's capital|the {D} capital"
                    + "|the (?:[a-z]+ )?(?:{CD} )?(?:[a-z]+ )?(?:city|town|resort|port|island) of {Y}"
                    // "in Malaysia's Kuala Lumpur": the city after its country
                    + "|{C} 's {Y}"
                    // a city-state, whose capital is its name: "held in Singapore", "opened in Djibouti"
                    + "|{C})";
    /** "at the bloc's headquarters in ...": where in the city does not matter. */
    private static final String VENUE =
            "(?:at (?:the |its )?(?:(?:{OA}|[a-z]+) 's )?(?:{O} )?(?:[a-z]+ )?(?:headquarters|venue|palace|centre|center|complex|secretariat|house|hall|hotel|building|resort) "
                    // "at the State House in Abuja": a named building
                    // "at the Jio World Centre in Mumbai": a venue read as an organisation no data file lists
                    + "|at the {PO} )?";

    /** "hosted the", "last hosted an", "also hosted". */
    private static final String HOSTED =
            "(?:also |last |previously |first |once |already )?(?:hosted|hosts|will host|is hosting|is to host) (?:the |an |a )?";

    private static final String KIND =
            "(?:annual |regional |international |leaders' |leaders ' |leaders |informal |extraordinary |emergency |special |ordinary |virtual |online |inter-sessional |intersessional |[a-z]+-day |[0-9a-z-]+(?:th|st|nd|rd) "
                    // "the heads of state summit in Arusha"
                    + "|heads of (?:state|government)(?: and government)? |"
                    + Summits.NUMBER + " )*";
    private static final String SUMMIT =
            "(?:the |a |an |its |this |their |(?:the )?(?<owner>{OA}) 's |(?<whens>{W}) 's )?" + KIND
                    + "(?:(?<year>{W}) )?" + KIND + "(?:(?<org>{O}) (?:\\( {O} \\) )?)?"
                    // "the OPEC and non-OPEC ministerial meeting", "the SCO foreign ministers' meeting"
                    + "(?<also>and (?:{P}|[a-z-]+) )?(?:(?:[a-z]+ )?(?:ministerial|ministers ') )?"
                    // "the APEC Economic Leaders' Meeting": a meeting of its leaders is a summit
                    + "(?:(?<leadersOf>(?:economic )?leaders (?:'s |' )?))?"
                    + KIND + "(?<noun>summit|meeting|session)"
                    // "the Summit of the Member States of IGAD", "the Summit of Heads of State and Government of the
                    // CPLP"
                    + "(?: of (?:the )?(?:(?:member states|heads of state(?: and government)?|{T}"
                    // "the 58th Annual Meeting of the Board of Governors of the ADB", "the meeting of the Council of
                    // Foreign Ministers of the BSEC"
                    + "|boards? of governors|council of (?:[a-z]+ )?ministers|(?:council|conference) of heads of (?:state|government)"
                    + "(?: and government)?) of (?:the )?)?"
                    + "(?:[a-z]+ )?(?<of>{OA})(?: \\( {O} \\))?(?: assembly| council| leaders| authority| conference| summit conference| summit| (?:[a-z]+ )?ministers"
                    // "the 22nd Ordinary Summit of EAC Heads of State held in Arusha"
                    + "| heads of (?:state|government)(?: and government)?)?(?: \\( (?:{O}|[^)]*) \\))?)?"
                    + "(?: of (?:the )?(?:heads of state(?: and government)?|{T}(?: and (?:government|{T}))?))?"
                    // "the Pacific Islands Forum Leaders Meeting (PIFLM)": the event's own acronym
                    + "(?: \\( [a-z0-9-]+ \\))?"
                    // "the 43rd ASEAN Summit and related meetings, which took place in Jakarta"
                    + "(?: and (?:related|associated) (?:summits|meetings))?";
    private static final List<ShapePattern> PATTERNS = List.of(
            ShapePattern.compile(SUMMIT
                    // "The summit, the alliance's 75th anniversary gathering, opened in ...": a short apposition
                    + "(?: , (?:the|a|an|its|their) (?:[^ ,;]+ ){1,8}?,)?"
                    // "The XVII Summit of the Pacific Alliance -bloc made up of A, B and C-, will take place in ...":
                    // an aside between dashes
                    + "(?: (?:-|–|—) (?:[^ ;—–-]+ ){1,16}?(?:-|–|—)(?: ,)?)?"
                    + " (?:, )?(?:which |that )?(?:was |is |will be |being |has been |had been |will |would |had |has )?"
                    // "the summit was last held in Bangkok in 2022", "had last been held": another year's, so
                    // only with its year
                    + "(?<past>(?:last|previously|first|once) )?(?:(?<=(?:had|has) (?:last|previously|first|once) )been )?"
                    // "the Leaders Meeting officially opened in Honiara"
                    + "(?:officially |formally )?"
                    + "(?:held |hosted |taking place |took place |takes place |take place |convened |opened |opens |open |began |begins |begin |kicked off |kicks off |kick off |commenced |started |started its work |began its work |got under way |got underway |concluded |ended |closed |runs |ran |will run "
                    // "The 24th SCO summit is in full swing in Astana": going on, begun on a day the sentence may not
                    // give
                    + "|under way |underway |in full swing "
                    + "|scheduled for |scheduled |set for |slated for |due |set |expected |slated )?"
                    // "is scheduled to take place in Rarotonga", "is set to be held in Lima"
                    + "(?:to (?:take place|be held|open|convene|begin|start|meet) )?"
                    + "(?:in person |virtually |online )?(?:(?:on )?(?<on>{W}) (?:, )?|from (?<from>{W}) (?:to {W} )?)?"
                    + VENUE
                    // "taking place at Kampala": "at" before a city is where, as "in" is
                    + "(?:in |at (?={Y} |the {D} capital )|on (?=the (?:[a-z-]+ )*(?:{D} )?(?:[a-z]+ )?island of ))"
                    + LOCATION
                    // "... in Jakarta, Indonesia, from 5 to 7 September 2023": the first day of a span after the place
                    + "(?:(?: ,)? (?:in |on |from )?(?<when>{W})(?! 's))?"
                    // "will be held in France in 2026, in Lyon, where ...": the city after the country and the year
                    + "(?:(?<= {W}) , in (?<town>{Y})(?= [,.;]|$))?"),
            ShapePattern.compile(
                    "the (?:annual )?(?:(?<year>{W}) )?(?:(?<org>{O}) )?(?<loc>{Y}) (?:(?<org2>{O}) )?(?<noun>summit)(?: (?:in |on )?(?<when>{W}))?"),
            // "leaders held the summit in 2008 in Lima and once more in 2016 in Bangkok"
            ShapePattern.compile("(?<=(?<noun>summit) [^;]{0,60})in (?<year>{W}) in (?<loc>{Y})"),
            // "In May 2030, Lima was the venue of an extraordinary summit"
            ShapePattern.compile(
                    "(?:in (?<when>{W}) , )?(?<loc>{Y}) (?:was|is|will be|has been) (?:also )?the (?:stage|venue|host|site|scene|host city) (?:of|for) "
                            + SUMMIT),
            ShapePattern.compile(
                    "in " + LOCATION + " , (?:on {W} , )?where [^;]*?(?<noun>summit|meeting) of (?:the )?(?<of>{OA})"),
            // "the summit, hosted by Kenya in the port of Mombasa on 22 – 23 November", "the summit was hosted by
            // Kenya"
            ShapePattern.compile(SUMMIT
                    + " (?:on {W} )?(?:, )?(?:which (?:was |is |will be |has been )|to be |being |was |is |will be |has been |had been )?"
                    + "hosted (?:(?<virtually>virtually |online )|jointly )?by (?:(?<country>{C})|(?<loc>{Y}))(?: in "
                    + LOCATION.replace("(?<loc>", "(?<loc2>")
                    + ")?(?:(?: ,)? (?:in |on )?(?<when>{W})(?! 's))?"),
            // "The Chilean city of Valparaíso in the region of the same name will host the XL Andean Summit"
            ShapePattern.compile(
                    "(?:the (?:{D} )?(?:[a-z]+ )?(?:city|town|resort|port) of )?(?<loc>{Y})(?: in the (?:province|state|region|prefecture) of (?:{P}|[a-z]+))?"
                            + "(?: , (?:which|that))? " + HOSTED + "(?:(?<year>{W}) )?(?:"
                            + Summits.NUMBER
                            + " )?(?:(?<org>{O}) )?(?<noun>summit|meeting)"
                            // "is hosting the ninth summit of the heads of state of the OTS today"
                            + "(?: of (?:the )?(?:heads of (?:state|government)(?: and government)? of (?:the )?)?"
                            + "(?<of>{OA})(?: \\( {O} \\))?)?"
                            + "(?:(?: ,)? (?:in |on )?(?<when>{W})(?! 's))?"),
            // "The Council of Heads of State of the SCO held its meeting in Bishkek on June 14, 2019": the
            // organisation's
            // own meeting of its leaders is its summit
            // "The Authority of Heads of State and Government of ECOWAS convened an Extraordinary Session in Accra"
            ShapePattern.compile(
                    "(?:the )?(?:(?:council|authority|conference|assembly) of heads of (?:state|government)"
                            + "(?: and government)? of (?:the )?)?(?<org>{O})(?: \\( {O} \\))? "
                            + "(?:held|holds|will hold|is holding|convened|convenes|will convene) (?:its|an|a) (?:[a-z-]+ )?"
                            + "(?:summit|meeting|session) in " + LOCATION
                            + "(?:(?: ,)? (?:on |in )?(?<when>{W})(?! 's))?"),
            // "St Petersburg to host informal summit", "..., with Dakar to host the 2032 summit": a city with "to
            // host" and no verb before it is the host to be (not "Lima hopes to host", nor "asked Lima to host")
            ShapePattern.compile(
                    "(?<=^|with |, |; )(?<loc>{Y}) (?:is |was |are )?to host (?:the |an |a )?(?:(?<year>{W}) )?(?:"
                            + Summits.NUMBER + " )?" + KIND
                            + "(?:(?<org>{O}) )?(?<noun>summit|meeting)(?: of (?:the )?(?<of>{OA}))?"
                            + "(?:(?: ,)? (?:in |on )?(?<when>{W})(?! 's))?"),
            // "Previous GECF summits were held in Doha in 2011 and in Moscow in 2013": each place with its year
            ShapePattern.compile("(?<org>{O}) (?:[a-z]+ )?(?<noun>summits) (?:were|have been|had been) held in "
                    + "(?:(?<loc>{Y})(?: , {C})?|(?<country>{C})) in (?<when>{W})(?= (?:, |and ))"),
            ShapePattern.compile("(?<=summits (?:were|have been|had been) held in [^;]{1,60} )(?:, (?:and )?|and )in "
                    + "(?:(?<loc>{Y})(?: , {C})?|(?<country>{C})) in (?<when>{W})"),
            // "Bishkek also hosted SCO summits in 2007 and 2013": one summit a year, each its own
            ShapePattern.compile("(?<loc>{Y}) " + HOSTED + "(?<org>{O}) (?<noun>summits) in (?<when>{W})(?= and {W})"),
            ShapePattern.compile("(?<loc>{Y}) " + HOSTED + "(?<org>{O}) (?<noun>summits) in {W} and (?<when>{W})"),
            ShapePattern.compile(
                    "{C} (?:hosted|hosts|will host|is hosting|is to host) (?:the )?(?:(?<year>{W}) )?(?:(?<org>{O}) )?(?<noun>summit|meeting)(?: of (?:the )?(?<of>{OA}))? in "
                            + LOCATION),
            // "... since 2027, when Chile hosted the fourth gathering in Santiago": the year before "when" dates the
            // summit its country hosted
            ShapePattern.compile("(?<when>{W}) , when {C} (?:hosted|last hosted|first hosted) (?:the |its )?(?:(?<nth>"
                    + Summits.NUMBER + ") )?(?:(?<org>{O}) )?(?<noun>summit|gathering) (?:of (?:the )?(?<of>{OA}) )?in "
                    + LOCATION),
            // "Leaders gathered in Lima on Monday for the APEC summit"
            // "Meeting in the Peruvian capital, Lima, on Thursday for the bloc's 31st ordinary session, the heads of
            // state
            // ...": a clause that opens the sentence tells where its subjects met
            ShapePattern.compile(
                    // "Xi arrived in Astana on Tuesday for the SCO summit": the day of an arrival is not the summit's
                    "(?:gathered|met|convened|assembled|(?<arrived>arrived|converged|arrive)|gather|meet|convene|^meeting) in "
                            + LOCATION + " (?:, )?(?:(?:on |in )?(?<on>{W}) )?(?:for|to attend) " + SUMMIT),
            // "Lima played host to the APEC summit in 2016"
            ShapePattern.compile(
                    "(?<loc>{Y}) (?:played|plays|will play|is playing) host to " + SUMMIT + "(?: in (?<when>{W}))?"),
            // "the Summit of the Americas in Lima", "the East Asia Summit opened in Vientiane on Wednesday": an
            // organisation
            // that is a series of summits names the summit itself (checked in host())
            ShapePattern.compile("the (?:(?:last|previous|next|first) )?(?:(?<year>{W}) )?(?:" + Summits.NUMBER
                    + " )?(?<series>{O}) (?:\\( {O} \\) )?(?:, )?(?:which |that )?(?:was |is |will be |being |has been |is being |was being )?"
                    + "(?:held |hosted |taking place |took place |takes place |convened |opened |began |begins |kicked off |commenced |started |concluded |ended |closed )?"
                    + "(?:on (?<on>{W}) )?" + VENUE + "in " + LOCATION
                    + "(?:(?: ,)? (?:in |on )?(?<when>{W})(?! 's))?"),
            // "after a meeting of the leaders of the EU's 27 member states in Brussels": the leaders' meeting is the
            // summit
            ShapePattern.compile(
                    "(?<noun>summit|meeting|gathering) (?:of|by|between) (?:the )?(?:leaders|heads of state(?: and government)?) of (?:the )?(?<org>{O})"
                            + "(?: 's (?:[0-9]+ |[a-z]+ )?(?:member states|members|member countries|nations|countries))? in "
                            + LOCATION),
            // "During their gathering in Phnom Penh, leaders agreed …": the leaders' own gathering, the article's
            // summit
            ShapePattern.compile(
                    "(?:^|, )(?!.* ministers? )(?:during|at) their (?:[a-z]+ )?(?<noun>gathering|summit) in "
                            + LOCATION),
            // "Bahrain hosted the Arab League summit", "the prince, whose country hosted the 12th Arab summit": a
            // country
            // hosts only when the article names no city (see withoutCountriesNamedByACity)
            ShapePattern.compile(
                    "(?:(?<country>{C}) (?:hosted|hosts|will host|is hosting|is to host|has hosted)|(?<whose>{CD}) (?:'s )?(?:[a-z]+ )?{T} (?:, )?{P} , whose country (?:hosted|hosts|will host|is hosting|has hosted)) "
                            + "(?:the )?(?:(?<year>{W}) )?(?:(?<nth>" + Summits.NUMBER
                            + ") )?(?:(?<org>{O}) |arab )?(?<noun>summit)(?! in )(?: of (?:the )?"
                            // "Angola hosts the 13th Summit of Heads of State and Government of the CPLP, to be held in
                            // 2020"
                            + "(?:heads of state(?: and government)? of (?:the )?)?(?<of>{OA})(?: \\( {O} \\))?)?"
                            + "(?:(?: ,)? (?:to be held |to take place )?(?:in |on )?(?<when>{W})(?! 's))?"),
            // "The leaders last met in person in August 2019 in the French seaside town of Biarritz", "When the
            // leaders of the BRICS countries met in Kazan, the capital of ..., from 22 to 24 October": where an
            // organisation's leaders met on a date the sentence gives is where its summit was
            ShapePattern.compile(
                    "(?:(?<org>{O}) (?:\\( {O} \\) )?)?(?<leaders>leaders|heads of (?:state|government)(?: and government)?)"
                            + " (?:of (?:the )?(?<of>{OA}) (?:countries |nations |member states |states )?)?"
                            + "(?:last |first |previously |will |would |are to )?(?:met|meet|gathered|gather|convened|convene) (?:in person )?"
                            + "(?:(?:in|on) (?<on>{W}) )?in " + LOCATION
                            + "(?: , [^;]*? ,)?(?: (?:from |on |in )?(?<when>{W})(?! 's))?"),
            // a dateline: "Vilnius | ...", "Vilnius — ..."
            // "LIMA, May 4 (Agency) - …", "LIMA -- …"
            ShapePattern.compile(
                    // "LIMA, March 14 (Agency) The summit ...": the agency in brackets ends a dateline without a dash
                    ArticleContext.DATELINE + "(?= .* summit )"),
            // "The three previous summits took place in Vienna in 1993, in Strasbourg in 1997 and in Warsaw in 2005":
            // the
            // article's organisation's, each place with its year
            ShapePattern.compile("(?:^|the )(?:[a-z]+ )*summits (?:took place|were held|have been held|had been held)"
                    + " in (?<loc>{Y})(?: , {C})? in (?<when>{W})(?= (?:, |and ))"),
            ShapePattern.compile("(?<=summits (?:took place|were held|have been held|had been held) in [^;]{1,80} )"
                    + "(?:, (?:and )?|and )in (?<loc>{Y})(?: , {C})? in (?<when>{W})"),
            // "Prime Minister X arrived at China's Xiamen on Sunday to attend the 9th BRICS Summit": where someone
            // arrived for a summit is where it met (the day of the arrival is not the summit's)
            // "Leaders will gather in Apia for the biennial Commonwealth Heads of Government Meeting": a series of
            // summits by name
            ShapePattern.compile("(?:arrived|arrives|arriving|landed|lands|flew|flies|travelled|traveled|travels|came"
                    + "|gather|gathers|gathered|will gather)"
                    + " (?:in|at|to) (?:{C} 's )?(?<loc>{Y})(?: , (?:the capital (?:city )?of )?{C})?(?: (?:on |late on |early on )?{W})?(?: ,)?"
                    + " (?:to attend|to take part in|to participate in|for) (?:the |a |an )?(?:(?<year>{W}) )?(?:"
                    + Summits.NUMBER + " )?(?:(?:(?<org>{O}) )?(?<noun>summit)(?: of (?:the )?(?<of>{OA}))?"
                    // "gathered in Nuku'alofa for the annual Pacific Islands Forum": an organisation's annual meeting
                    + "|(?:(?<annual>annual|biennial|yearly) |[a-z-]+ )?(?<series>{O}))"),
            // "CARICOM Heads of Government meet in Trinidad and Tobago, July 3-5, 2023, for their 45th Regular
            // Meeting": the leaders' meeting dated between commas after the place
            ShapePattern.compile("(?:(?<org>{O}) (?:\\( {O} \\) )?)?(?<leaders>leaders|heads of (?:state|government)"
                    + "(?: and government)?) (?:will |last )?(?:met|meet|gathered|gather|convened|convene) in "
                    + LOCATION
                    + " , (?<when>{W}) ,"),
            // "the prime ministers of the group's countries will assess the presidency at their meeting in Prague on
            // Wednesday, June 8": the leaders' own meeting, dated in the sentence (see leadersOwnMeeting)
            ShapePattern.compile("(?:during|at) their (?<noun>meeting) in " + LOCATION + " (?:on )?(?<when>{W})"),
            // "The 45th ASEAN Summit opened here on Wednesday", "at the opening of the 44th and 45th ASEAN Summits ...
            // today", in a report whose dateline is Vientiane: "here", and the summit opening on the report's day, are
            // where the report was written (see datelineCity)
            ShapePattern.compile(SUMMIT + " (?:officially |formally )?(?:opened|opens|began|begins|kicked off|kicks off"
                    + "|commenced|got under way|convened|(?:is|are|was|were) (?:being )?held) (?<here>here)"
                    + "(?: (?:on )?(?<when>{W}))?(?= [.,;]|$)"),
            ShapePattern.compile("(?:at|during) the opening (?:ceremony )?of (?:the )?(?:[0-9]+(?:st|nd|rd|th) and )?"
                    + "(?:[0-9]+(?:st|nd|rd|th) )?(?<org>{O}) (?<noun>summit)s?(?: and (?:{P} |related )?summits)?"
                    + "(?: at (?:the )?(?:{O}|{P}))? (?<here>(?<when>{W}))(?= [.,;]|$)"),
            // "Commonwealth leaders convened in Samoa on the final day of the Commonwealth Heads of Government
            // Meeting",
            // "Leaders met in Apia for CHOGM": where the leaders met for a summit named as a series is where it was
            ShapePattern.compile("(?:{O} )?(?:leaders|heads of (?:state|government)(?: and government)?) "
                    + "(?:of (?:the )?{OA} )?(?:met|gathered|convened|assembled) in (?:(?<country>{C})(?! 's| ,)|"
                    + LOCATION + ")(?: on {W})?"
                    + " (?:for|at|on the (?:first|second|third|final|last|opening|closing) day of) (?:the )?(?:(?<year>{W}) )?"
                    + "(?:" + Summits.NUMBER + " )?(?<series>{O})"),
            // "The meeting of the Conference of Heads of Government of CARICOM was held at Placencia, Belize on 16-17
            // February 2016": a town no data file knows, written before its country (see unlistedTown)
            ShapePattern.compile(SUMMIT + " (?:was |is |will be |has been |had been )?(?:held|convened|took place"
                    + "|takes place|will take place|opened|met) (?:at|in) (?<unlisted>[a-z][a-z'’-]{2,}) , "
                    + "(?<unlistedIn>{C})(?! 's)(?:(?: ,)? (?:on |in |from )?(?<when>{W})(?! 's))?"));

    /**
     * Where a country joined at a ceremony: "Sweden officially became NATO's 32nd member during a ceremony in
     * Washington", "Croatia joined the bloc at a ceremony in Zagreb". The ceremony is where its accession took place.
     */
    private static final ShapePattern CEREMONY = ShapePattern.compile("(?<who>{C}) (?:officially |formally )?"
            + "(?:joined (?:the )?(?<org>{OA})|became (?:a |an |the )?(?:(?:[0-9]+(?:st|nd|rd|th)|newest|latest|full) )*"
            + "member (?:state )?of (?:the )?(?<org2>{OA})|became (?:the )?(?<org3>{OA}) 's (?:(?:[0-9]+(?:st|nd|rd|th)|newest|latest|full) )*member)"
            // not across a clause: "Croatia joined the EU in 2013 and sent its minister to a ceremony in Zagreb"
            + " (?:(?!(?:and|but|which|that|who|after|before|while|when|to|,) )[^ ;]+ ){0,8}?"
            + "(?:during|at) (?:a |an |the )?(?:[a-z-]+ )?ceremony (?:held )?in " + LOCATION);

    /** Words one of which a sentence on where a summit met has: "the summit", "the leaders met". */
    private static final List<String> EVENTS = List.of(
            "summit",
            "meeting",
            "session",
            "gathering",
            "leaders",
            "heads of state",
            "heads of government",
            // "gathered in Nuku'alofa for the annual Pacific Islands Forum"
            "annual ");

    @Override
    public void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (shape.text().contains("ceremony") && !Summits.calledOff(sentence)) {
            ceremonies(sentence, context, found);
        }
        if (!(shape.containsAny(EVENTS) || namesASeriesOfSummits(sentence))
                || !(shape.has('Y')
                        || shape.has('C')
                        || shape.has('D')
                        || shape.text().contains("capital")
                        // "the summit opened here": the dateline's city
                        || context.dateline().isPresent() && shape.containsAny(List.of(" here", " opening ")))
                || Summits.calledOff(sentence)) {
            return;
        }
        for (int rule = 0; rule < PATTERNS.size(); rule++) {
            if (!PATTERNS.get(rule).mayMatch(shape)) {
                continue;
            }
            Matcher m = PATTERNS.get(rule).matcher(shape);
            while (m.find()) {
                for (Fact fact : host(sentence, context, m, Facts.Found.by("host", rule))) {
                    Facts.addOnce(found, fact);
                }
            }
        }
        dropYearlessHosts(found);
    }

    /**
     * "Russia hosted the BRICS summit in Kazan in October 2024" read by two rules as "2024 BRICS summit" and "BRICS
     * summit" in Kazan: a sentence's host without a year goes where it names the same host with one.
     */
    private static void dropYearlessHosts(List<Fact> found) {
        found.removeIf(loose -> (loose.kind() == FactKind.HOST || loose.kind() == FactKind.DATE)
                && found.stream()
                        .anyMatch(named -> named.kind() == loose.kind()
                                && named != loose
                                && named.object().equals(loose.object())
                                && looser(named.subject()).contains(loose.subject())));
    }

    /**
     * The names a summit's name stands for with less told: "2024 44th ASEAN summit" for "44th ASEAN summit", "2024
     * ASEAN summit" and "ASEAN summit" ("ASEAN leaders gathered in Vientiane for the 44th ASEAN Summit", read by two
     * rules).
     */
    private static List<String> looser(String subject) {
        Matcher m = NAMED_SUMMIT.matcher(subject);
        if (!m.matches()) {
            return List.of();
        }
        String year = m.group(1) == null ? "" : m.group(1);
        String number = m.group(2) == null ? "" : m.group(2);
        String rest = m.group(3);
        List<String> names = new java.util.ArrayList<>();
        if (!year.isEmpty()) {
            names.add(number + rest);
        }
        if (!number.isEmpty()) {
            names.add(year + rest);
        }
        if (!year.isEmpty() && !number.isEmpty()) {
            names.add(rest);
        }
        return names;
    }

    private static final java.util.regex.Pattern NAMED_SUMMIT =
            java.util.regex.Pattern.compile("([0-9]{4} )?([0-9]+(?:st|nd|rd|th) |[IVXLC]+ )?(.*)");

    private static void ceremonies(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Matcher m = CEREMONY.matcher(sentence.shape());
        while (m.find()) {
            Optional<Place> place = place(sentence.shape(), m, "loc");
            Optional<Knowledge.Organisation> organisation = organisation(sentence, context, m);
            if (place.isEmpty()
                    || organisation.isEmpty()
                    || !(sentence.shape().mention(m, "who") instanceof Mention.CountryMention country)) {
                continue;
            }
            Facts.Found by = Facts.Found.by("host-ceremony", 0)
                    .doubted(!(sentence.shape().mentionAt(orgStart(m)) instanceof Mention.OrganisationMention));
            Facts.addOnce(
                    found,
                    Facts.of(
                            FactKind.HOST,
                            "accession of " + country.country().name() + " to "
                                    + organisation.get().shortName(),
                            "held in",
                            place.get().city(),
                            Map.of("country", place.get().country()),
                            sentence,
                            context,
                            by));
        }
    }

    /** Where the organisation group of a ceremony match starts. */
    private static int orgStart(Matcher m) {
        for (String group : List.of("org", "org2", "org3")) {
            if (m.start(group) >= 0) {
                return m.start(group);
            }
        }
        return -1;
    }

    private static boolean namesASeriesOfSummits(AnnotatedSentence sentence) {
        return sentence.mentions().stream()
                .anyMatch(mention -> mention instanceof Mention.OrganisationMention organisation
                        && Summits.isSummit(organisation.organisation()));
    }

    /** An event named inside a title: "president of the 72nd session", "chair of the summit". */
    private static final Pattern TITLE_OF_BEFORE = Pattern.compile("T[0-9]+ of $");

    private static List<Fact> host(AnnotatedSentence sentence, ArticleContext context, Matcher m, Facts.Found by) {
        Shape shape = sentence.shape();
        Optional<Place> place = here(sentence, context, m)
                .or(() -> unlistedTown(sentence, m))
                .or(() -> place(shape, m, "town"))
                .or(() -> place(shape, m, "loc2"))
                .or(() -> place(shape, m, "loc"))
                .or(() -> country(shape, m))
                .or(() -> toBeHeldInACountry(shape, m));
        if (place.isEmpty()
                || TITLE_OF_BEFORE.matcher(shape.text().substring(0, m.start())).find()) {
            // "elected as president of the 72nd session of the UN General Assembly, at the UN headquarters in New York,
            // May 31": the place and day after an event named in a title are those of what the sentence tells
            return List.of();
        }
        if (m.pattern().pattern().contains("(?<virtually>")
                && group(m, "virtually") == null
                && place.get().city().equals(place.get().country())) {
            return List.of(); // "hosted by Indonesia": an in-person summit is held in a city, which the article names
            // elsewhere or not at all; only a summit "hosted virtually by Sri Lanka" has no city but the country
        }
        if (m.pattern().pattern().contains("(?<reported>")
                && (goesElsewhere(sentence, shape.mention(m, "loc"), place.get())
                        || HELD_APART.matcher(context.article().text()).find()
                        || !GATHERING.matcher(sentence.sentence().text()).find())) {
            return List.of(); // the dateline is where the report was written
        }
        String noun = group(m, "noun");
        boolean meeting = noun != null
                && !noun.equals("summit")
                && !noun.equals("gathering") // a dateline pattern asks for "summit" itself
                && !(noun.equals("meeting")
                        && group(m, "org") != null
                        && m.group().contains("leaders"));
        Optional<Knowledge.Organisation> own = organisation(sentence, context, m);
        if (group(m, "series") != null
                && group(m, "annual") == null
                && !own.filter(Summits::isSummit).isPresent()) {
            return List.of(); // "the African Union in Addis Ababa" is not a summit
        }
        if (group(m, "leaders") != null
                && group(m, "on") == null
                && group(m, "when") == null
                // "On July 9, NATO leaders convened in Washington": the day opens the sentence
                && dateOpening(sentence, context).isEmpty()) {
            // "Next year the leaders will gather in Honiara", "ASEAN leaders met in Jakarta": leaders meet at more
            // than their summit; one dated in the sentence is the summit of that time
            return List.of();
        }
        if (meeting
                && own.isEmpty()
                && !aYearsMeeting(sentence, context, m)
                && !theirNumberedSession(sentence, m)
                && !leadersOwnMeeting(sentence, m)) {
            return List.of(); // "a meeting in Jakarta" may be any meeting; "a session" any session
        }
        Optional<Knowledge.Organisation> organisation = own.or(() -> Summits.organisation(sentence, context));
        if (organisation.isEmpty()
                || noun != null && Summits.someoneElses(shape, m.start("noun"), m.end("noun"), organisation.get())) {
            return List.of(); // "the Russia-Africa summit in St Petersburg" is not the article's organisation's
        }
        // "has got under way" with no date in the sentence: the report's day, which the date fact says it came from
        Optional<String> underWay = underWay(sentence, context, m);
        Optional<String> today = underWay.flatMap(phrase -> context.published().map(LocalDate::toString));
        Optional<String> writtenDate = year(shape, m)
                .or(() -> yearOfWhens(sentence, context, m))
                .map(y -> dayOfYear(shape, m, y).orElse(String.valueOf(y)))
                .or(() -> dateOfWhen(sentence, context, m))
                .or(() -> dateOpening(sentence, context))
                .or(() -> today)
                .or(() -> dateReported(sentence, context, m)); // a dateline's date is the report's: its year only
        boolean reported = group(m, "reported") != null && writtenDate.equals(dateReported(sentence, context, m));
        Map<String, String> dateQualifiers =
                today.isPresent() && today.equals(writtenDate) ? Map.of("resolved_from", underWay.get()) : Map.of();
        Optional<Integer> written = writtenDate.map(iso -> Integer.parseInt(iso.substring(0, 4)));
        if (written.isEmpty() && (Summits.speaksOfAnotherSummit(sentence) || group(m, "past") != null)) {
            return List.of(); // "the next summit will be held in ...": which one, the sentence does not say
        }
        boolean pastNumbered = group(m, "whose") != null
                || group(m, "country") != null
                        && m.group().contains(" hosted ")
                        && Summits.number(sentence, m).isPresent();
        // "whose country hosted the 32nd summit": a past summit known by its number is not this year's
        Optional<Integer> year = pastNumbered ? written : written.or(() -> Summits.defaultYear(sentence, context));
        if (group(m, "country") != null
                && written.isEmpty()
                && !m.group().contains(" hosted ")
                && group(m, "series") == null) {
            // "Next spring Kuwait hosts the summit": which year's, the sentence does not say; "leaders met in Samoa for
            // CHOGM" says the article's
            return List.of();
        }
        // up to the place: "the 39th meeting of the Council of Foreign Ministers of the BSEC" names a ministers'
        // meeting
        String described = Summits.written(sentence, m.start(), placeStart(m));
        if (group(m, "also") != null
                && !Summits.MINISTERS
                        .matcher(described.toLowerCase(java.util.Locale.ROOT))
                        .find()) {
            return List.of(); // "the NATO and EU summit": whose summit, the sentence does not say
        }
        String event = Summits.name(
                organisation.get(),
                year,
                described,
                Summits.number(sentence, m)
                        .or(() -> Optional.ofNullable(group(m, "nth")).map(Summits::numberName))
                        .or(() -> leadingNumber(described))
                        // "LIMA, March 14 (Agency) The 12th APEC summit opened here": a dateline's summit is the
                        // one numbered summit its sentence names
                        .or(() -> m.pattern().pattern().contains("(?<reported>")
                                ? Summits.onlyNumber(sentence)
                                : Optional.empty()));
        Map<String, String> qualifiers = Map.of("country", place.get().country());
        // a summit whose organisation or year the sentence does not write takes them from the article
        Facts.Found found = by.doubted(own.isEmpty()).doubted(written.isEmpty() && year.isPresent());
        Fact host = Facts.of(FactKind.HOST, event, "held in", place.get().city(), qualifiers, sentence, context, found);
        // "In May 2030, Lima was the venue of …", "held the summit in 2011 in Honolulu": the sentence
        // dates the summit too (a year alone is in the summit's name, so no question asks it, but it is
        // the only date a past summit gets); a dateline's year dates the report, not the summit
        // "Dakar is to host the 2032 summit": a year written as the summit's name is its name, not a date told
        boolean named = year(shape, m).isPresent()
                && year(shape, m).map(String::valueOf).equals(writtenDate)
                && YEAR_AS_NAME.matcher(shape.text().substring(m.end("year"))).lookingAt();
        Optional<Fact> date = writtenDate
                .filter(iso -> iso.length() > 4 || !reported && !named && datesOnlyByYear(sentence, context, iso))
                .map(iso -> Facts.of(FactKind.DATE, event, "date", iso, dateQualifiers, sentence, context, found));
        return date.isPresent() ? List.of(host, date.get()) : List.of(host);
    }

    /**
     * A summit met by video, so that no city hosted it and the dateline is only where the report was written: "the
     * Summit, which was held by videoconference", "the virtual summit", "leaders met online".
     */
    /**
     * What a sentence says when the summit met in its dateline's city: "leaders meet Tuesday in ...", "Saudi Arabia
     * hosted the summit", "the summit opened here". "NAIROBI — The summit has endorsed the admission of X" says what a
     * summit decided, which a reporter in Nairobi may write of a summit held elsewhere.
     */
    private static final Pattern GATHERING = Pattern.compile(
            "\\b(?:meet|meets|met|meeting|gather|gathers|gathered|gathering|convene|convenes|convened|host|hosts|hosted"
                    + "|hosting|open|opens|opened|opening|began|begins|kicked off|kicks off|held|holds|hold|is being held"
                    + "|under way|underway|ended|ends|closed|closes|concluded|concludes|wrapped up|arrived|arrive|here"
                    + "|attend|attends|attended|attending|took place|takes place|taking place|took part|take part|takes part"
                    + "|taking part|participated|participates|participating|brought together|brings together"
                    + "|bringing together|at (?:a|an|the|this|its|their) (?:[\\w-]+ ){0,4}(?:summit|meeting|gathering|session"
                    + "|conference))\\b");

    private static final Pattern HELD_APART = Pattern.compile(
            "\\b(?:(?:held|conducted|convened|met|meeting|took place|taking place) (?:by|via|through|over) (?:a )?"
                    + "(?:videoconference|video conference|video link|videolink|teleconference)"
                    + "|(?:held|convened|met|took place) (?:virtually|online)|virtual (?:summit|meeting|session))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a sentence after its dateline names another place for what it tells: another city ("NAIROBI, May 4
     * (Agency) - The summit opens today in Arusha"), or another country it goes to or is in ("BRUSSELS, May 16
     * (Agency) — Leaders will travel to Iceland for the summit"). The dateline is then where the report was written,
     * not where the summit met.
     */
    private static boolean goesElsewhere(AnnotatedSentence sentence, Mention dateline, Place city) {
        for (Mention mention : sentence.mentions()) {
            if (mention instanceof Mention.CityMention other
                    && mention.from() >= dateline.to()
                    && !other.city().name().equals(city.city())) {
                return true;
            }
            if (mention instanceof Mention.CountryMention country
                    && !country.demonym()
                    && mention.from() > dateline.to()
                    && !country.country().name().equals(city.country())) {
                String before = sentence.tokens().get(mention.from() - 1).text();
                if (before.equals("to") || before.equals("in")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a meeting named by its year alone is the yearly summit of the article's organisation: "Chile will host
     * the 2032 meeting in Santiago", "Last year's meeting in Quito drew protests" in a report on APEC. A meeting
     * known by its year recurs every year; when the sentence names no organisation, no minister and no one else's
     * meeting ("the two leaders' 2022 meeting in Bali", "the ministers' meeting"), it is the summit the article
     * reports on, held in another year.
     */
    /**
     * "The leaders ... at their 51st Session held in Monrovia": a numbered session or meeting the sentence gives to "their"
     * or "its", in a sentence naming no organisation, is the report's organisation's (its leaders' or its own).
     */
    private static boolean theirNumberedSession(AnnotatedSentence sentence, Matcher m) {
        return THEIR_NUMBERED.matcher(m.group()).lookingAt()
                && !sentence.shape().has('O')
                && !sentence.shape().has('A')
                && !Summits.someoneElsesMeeting(sentence);
    }

    /**
     * "The prime ministers of the group's countries ... at their meeting in Prague on Wednesday, June 8": a dated meeting
     * of "their" where the sentence's subjects are the organisation's leaders, in a sentence naming no other organisation.
     */
    private static boolean leadersOwnMeeting(AnnotatedSentence sentence, Matcher m) {
        return m.group().matches("(?:during|at) their meeting .*")
                && LEADERS_BEFORE
                        .matcher(sentence.shape().text().substring(0, m.start()))
                        .find()
                && !OTHER_MINISTERS.matcher(sentence.shape().text()).find();
    }

    /** Ministers other than prime ministers, or two sides: their meeting is no summit. */
    private static final Pattern OTHER_MINISTERS =
            Pattern.compile("(?:^| )(?:(?<!prime )ministers?|ministerial|bilateral)(?: |$)");

    private static final Pattern LEADERS_BEFORE =
            Pattern.compile("(?:^| )(?:leaders|heads of state|heads of government|prime ministers|presidents) ");

    private static final Pattern THEIR_NUMBERED = Pattern.compile(
            "(?:their|its) (?:[0-9]+(?:th|st|nd|rd)|" + Summits.NUMBER + ") (?:[a-z]+ )?(?:session|meeting) ");

    private static boolean aYearsMeeting(AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        boolean byYear = year(sentence.shape(), m).isPresent() && m.group().startsWith("the ")
                || yearOfWhens(sentence, context, m).isPresent() && m.start("whens") == m.start();
        return byYear
                && "meeting".equals(group(m, "noun"))
                && !sentence.shape().has('O')
                && !sentence.shape().has('A')
                && !Summits.someoneElsesMeeting(sentence)
                && context.summitOrganisation().isPresent();
    }

    /**
     * Whether a year is the only date the article will give this summit: not the year of the
     * article's own summit, which its report dates in full, nor a sentence that writes the day.
     */
    private static boolean datesOnlyByYear(AnnotatedSentence sentence, ArticleContext context, String year) {
        if (context.published()
                .map(p -> Integer.toString(p.getYear()).equals(year))
                .orElse(false)) {
            return false;
        }
        return sentence.mentions().stream()
                .noneMatch(mention ->
                        mention instanceof Mention.DateMention date && date.expression() instanceof DateExpression.Day);
    }

    /** "The 40th OPEC and non-OPEC ministerial meeting": the number that opens the event's name. */
    private static Optional<String> leadingNumber(String described) {
        Matcher m = LEADING_NUMBER.matcher(described);
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static final java.util.regex.Pattern LEADING_NUMBER =
            java.util.regex.Pattern.compile("(?:[Tt]he |[Ii]ts |[Tt]heir )?([0-9]+(?:st|nd|rd|th)) ");

    private record Place(String city, String country) {}

    /**
     * A town no data file lists, read where a summit was held "at Placencia, Belize": one capitalised word that is no
     * function word, right before a country.
     */
    private static Optional<Place> unlistedTown(AnnotatedSentence sentence, Matcher m) {
        if (group(m, "unlisted") == null
                || !(sentence.shape().mention(m, "unlistedIn") instanceof Mention.CountryMention country)
                || country.demonym()) {
            return Optional.empty();
        }
        int[] range = sentence.shape()
                .tokenRange(
                        m.start("unlisted"),
                        m.end("unlisted"),
                        sentence.tokens().size());
        if (range[1] - range[0] != 1) {
            return Optional.empty();
        }
        String word = sentence.tokens().get(range[0]).text();
        return Character.isUpperCase(word.charAt(0))
                        && !Knowledge.get().functionWords.contains(word)
                ? Optional.of(new Place(word, country.country().name()))
                : Optional.empty();
    }

    /**
     * The dateline's city for a summit that opened "here", or "today" in a report written where it opened; none when
     * the sentence names another place or a day other than the report's.
     */
    private static Optional<Place> here(AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        if (group(m, "here") == null
                || sentence.mentions().stream()
                        .anyMatch(mention -> mention instanceof Mention.CityMention
                                || mention instanceof Mention.CountryMention c && !c.demonym())) {
            return Optional.empty();
        }
        if (!m.group("here").equals("here")
                && !(sentence.shape().mention(m, "here") instanceof Mention.DateMention date
                        && date.written().equalsIgnoreCase("today"))) {
            return Optional.empty();
        }
        return context.dateline()
                .map(city -> new Place(city.city().name(), city.city().country().name()));
    }

    /** A country that hosts: "Bahrain hosted the summit", "Saudi Crown Prince X, whose country hosted the summit". */
    private static Optional<Place> country(Shape shape, Matcher m) {
        for (String group : List.of("country", "whose")) {
            if (group(m, group) != null && shape.mention(m, group) instanceof Mention.CountryMention c) {
                return Optional.of(new Place(c.country().name(), c.country().name()));
            }
        }
        return Optional.empty();
    }

    /** "will be held in", "is to take place in", "leaders meet in": a summit to come, or under way. */
    private static final Pattern TO_BE_HELD_IN =
            Pattern.compile("(?:(?:will|to) be held|(?:will|to) take place|(?:will|to) convene"
                    + "|(?:leaders|heads of (?:state|government)(?: and government)?) (?:will )?(?:meet|convene|gather))"
                    + " in $");

    /**
     * "The next summit will be held in Mozambique in 2033", "CARICOM Heads of Government meet in Barbados, July 3-5":
     * a summit to come, or under way, whose city is not chosen yet, or not told, is held in the country the sentence
     * names (a city the article names as a host in that country wins, see {@link #withoutCountriesNamedByACity}). A
     * past summit was held in a city, which the report names.
     */
    private static Optional<Place> toBeHeldInACountry(Shape shape, Matcher m) {
        if (group(m, "loc") == null
                || !TO_BE_HELD_IN
                        .matcher(shape.text().substring(Math.max(0, m.start("loc") - 45), m.start("loc")))
                        .find()
                || shape.text().startsWith(" , in ", m.end())) {
            return Optional.empty(); // "in France in 2026, in Villers-Cotterets": a town no data file knows
        }
        List<Mention> mentions = shape.mentions(m, "loc");
        return mentions.size() == 1 && mentions.get(0) instanceof Mention.CountryMention c && !c.demonym()
                ? Optional.of(new Place(c.country().name(), c.country().name()))
                : Optional.empty();
    }

    /**
     * An article's host facts without those that name only a country where the article also names a city of that
     * country as a host: the city is the host, and the country a looser statement of it.
     */
    static List<Fact> withoutCountriesNamedByACity(List<Fact> facts) {
        java.util.Set<String> countriesWithCities = new java.util.HashSet<>();
        for (Fact fact : facts) {
            if (fact.kind() == FactKind.HOST
                    && !fact.object().equals(fact.qualifiers().get("country"))) {
                countriesWithCities.add(fact.qualifiers().get("country"));
            }
        }
        return facts.stream()
                .filter(fact -> fact.kind() != FactKind.HOST
                        || !fact.object().equals(fact.qualifiers().get("country"))
                        || !countriesWithCities.contains(fact.object()))
                .toList();
    }

    /**
     * Where the words that describe a match's event end: at the place written after it ("the meeting of the Council
     * of Foreign Ministers of the BSEC in Baku"), or the match's end when the place comes first ("Minsk was the venue of
     * an informal CIS summit").
     */
    private static int placeStart(Matcher m) {
        int event = group(m, "noun") != null ? m.end("noun") : m.start();
        for (String group : List.of("loc2", "loc", "country", "whose")) {
            if (group(m, group) != null && m.start(group) > event) {
                return m.start(group);
            }
        }
        return m.end();
    }

    /** The city a location group names: a city, or the capital of the country named. */
    private static Optional<Place> place(Shape shape, Matcher m, String group) {
        if (group(m, group) == null) {
            return Optional.empty();
        }
        List<Mention> mentions = shape.mentions(m, group);
        String country = null;
        for (Mention mention : mentions) {
            if (mention instanceof Mention.CountryMention c) {
                country = c.country().name();
            }
        }
        for (Mention mention : mentions) {
            if (mention instanceof Mention.CityMention city) {
                return Optional.of(new Place(
                        city.city().name(),
                        country != null ? country : city.city().country().name()));
            }
        }
        if (mentions.size() == 1
                && mentions.get(0) instanceof Mention.CountryMention c
                && c.country().capital().equals(c.country().name())) {
            return Optional.of(new Place(c.country().name(), c.country().name()));
        }
        if (m.group(group).contains("capital")) {
            for (Mention mention : mentions) {
                if (mention instanceof Mention.CountryMention c
                        && !c.country().capital().isEmpty()) {
                    return Optional.of(
                            new Place(c.country().capital(), c.country().name()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Knowledge.Organisation> organisation(
            AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        Shape shape = sentence.shape();
        for (String group : List.of("org", "org2", "org3", "owner", "of", "series")) {
            if (group(m, group) == null) {
                continue;
            }
            Mention mention = shape.mention(m, group);
            if (mention instanceof Mention.OrganisationMention organisation
                    && organisation.organisation().listed()) {
                return Optional.of(organisation.organisation());
            }
            if (mention instanceof Mention.ReferenceMention) {
                return context.referredOrganisation(sentence, mention.from());
            }
        }
        if (m.group().startsWith("its ")) {
            List<Mention> inMatch = shape.mentionsIn(m.start(), m.end());
            return context.referredOrganisation(
                    sentence,
                    inMatch.isEmpty()
                            ? sentence.tokens().size()
                            : inMatch.get(0).from());
        }
        return Optional.empty();
    }

    /** The year of a date right after the place: "the summit in Vilnius last year", "... in Vilnius in 2023". */
    private static Optional<String> dateOfWhen(AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        String group = group(m, "when") != null
                ? "when"
                : group(m, "on") != null
                        ? "on"
                        : group(m, "from") != null ? "from" : group(m, "whens") != null ? "whens" : null;
        if (group == null
                || group.equals("on") && (ENDED.matcher(m.group()).find() || group(m, "arrived") != null)
                || DateExtractor.laterDay(sentence)) {
            return Optional.empty(); // "the summit ended on Friday in Lima": a summit is dated by its first day
        }
        Mention.DateMention when = (Mention.DateMention) sentence.shape().mention(m, group);
        Optional<String> date = DateResolver.resolve(
                when.expression(), DateExtractor.today(sentence, context), DateExtractor.future(sentence, m));
        // "The three-day summit concluded in Johannesburg on Thursday": the day it ended is not its date (its month or
        // year still is)
        return date.filter(iso -> iso.length() < 10 || !ENDED.matcher(m.group()).find());
    }

    /** A year followed by the summit it names: "the 2009 summit", "the 2009 annual SADC summit". */
    private static final java.util.regex.Pattern YEAR_AS_NAME =
            java.util.regex.Pattern.compile(" (?:[^ ]+ ){0,3}?(?:summit|meeting|session)(?: |$)");

    private static final java.util.regex.Pattern ENDED =
            java.util.regex.Pattern.compile(" (?:ended|concluded|closed) ");

    /** "VILNIUS, July 11 (Reuters) -": the year the report was filed, which dates a summit it reports. */
    private static Optional<String> dateReported(AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        if (group(m, "reported") == null) {
            return Optional.empty();
        }
        Mention.DateMention reported = (Mention.DateMention) sentence.shape().mention(m, "reported");
        return DateResolver.resolve(reported.expression(), context.published(), false)
                .map(iso -> iso.substring(0, 4));
    }

    /** "On November 18, 2024, the summit commenced in …": a whole date opening the sentence dates what it tells. */
    private static Optional<String> dateOpening(AnnotatedSentence sentence, ArticleContext context) {
        Matcher m = OPENING_DATE.matcher(sentence.shape());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Mention mention = sentence.shape().mention(m, "date");
        if (mention instanceof Mention.DateMention date) {
            // "Two years ago, the summit was held in …": a relative date only against the article's own date
            return DateResolver.resolve(
                    date.expression(), DateExtractor.today(sentence, context), Facts.future(sentence));
        }
        return Optional.empty();
    }

    private static final ShapePattern OPENING_DATE = ShapePattern.compile("^(?:(?:on|in) )?(?<date>{W}) ,");

    /** A summit going on as the report is written: "has got under way", "is under way", "has opened". */
    private static final Pattern UNDER_WAY_TODAY = Pattern.compile(
            " (?:has got under way|has gotten under way|has got underway|is under way|is underway|has opened|has begun"
                    + "|has kicked off|has started|has commenced|opens today|opened today|began today|begins today) ");

    /**
     * "The 18th SAARC summit has got under way at the Nepalese capital Kathmandu" in a report dated 26 November: the
     * summit is under way on the report's day, which dates it where the sentence writes no date at all. The words that
     * say so, or none.
     */
    private static Optional<String> underWay(AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        if (context.published().isEmpty() || sentence.shape().has('W')) {
            return Optional.empty();
        }
        Matcher phrase = UNDER_WAY_TODAY.matcher(m.group());
        return phrase.find() ? Optional.of(phrase.group().strip()) : Optional.empty();
    }

    /**
     * "The 2019 summit took place in Osaka on June 28-29": a day written without its year, in the year written with the
     * summit.
     */
    private static Optional<String> dayOfYear(Shape shape, Matcher m, int year) {
        for (String group : List.of("when", "on", "from")) {
            if (group(m, group) != null && shape.mention(m, group) instanceof Mention.DateMention date) {
                if (date.expression() instanceof DateExpression.DayOfMonth day) {
                    return Optional.of(day.day().atYear(year).toString());
                }
                if (date.expression() instanceof DateExpression.MonthOnly month) {
                    return Optional.of(
                            java.time.YearMonth.of(year, month.month()).toString());
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "next year's summit in Osaka in June": the year a relative year before the summit names, with a known date. */
    private static Optional<Integer> yearOfWhens(AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        if (group(m, "whens") == null
                || !(sentence.shape().mention(m, "whens") instanceof Mention.DateMention whens)
                || !(whens.expression() instanceof DateExpression.PeriodFromNow period)
                || period.unit() != java.time.temporal.ChronoUnit.YEARS) {
            return Optional.empty();
        }
        return DateResolver.resolve(whens.expression(), DateExtractor.today(sentence, context), false)
                .map(iso -> Integer.parseInt(iso.substring(0, 4)));
    }

    /** A year written with the summit: "the 2024 summit". */
    private static Optional<Integer> year(Shape shape, Matcher m) {
        if (group(m, "year") == null) {
            return Optional.empty();
        }
        Mention mention = shape.mention(m, "year");
        if (mention instanceof Mention.DateMention date && date.expression() instanceof DateExpression.Year year) {
            return Optional.of(year.year());
        }
        return Optional.empty();
    }

    private static String group(Matcher m, String name) {
        if (!m.pattern().pattern().contains("(?<" + name + ">")) {
            return null;
        }
        return m.group(name);
    }
}
