package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerMatcherTest {

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            São Paulo                     | sao paulo
            '  Xi   Jinping. '            | xi jinping
            The African Union             | african union
            the Hague                     | hague
            Theodore Roosevelt            | theodore roosevelt
            the                           | the
            Côte d’Ivoire                 | cote divoire
            Oʻzbekiston                   | ozbekiston
            Guinea‐Bissau                 | guinea bissau
            Shanghai Co–operation         | shanghai co operation
            “Quoted”                      | quoted
            Washington, D.C.              | washington dc
            Bosnia & Herzegovina          | bosnia and herzegovina
            Straße                        | strasse
            İstanbul                      | istanbul
            ŁÓDŹ                          | lodz
            Dag Hammarskjöld              | dag hammarskjold
            Ærø                           | aero
            Erdoğan                       | erdogan
            Ｔｏｋｙｏ                    | tokyo
            Windows 3.1                   | windows 3.1
            '1,000,000 people'            | 1000000 people
            G-20                          | g 20
            """)
    void foldsPresentationAway(String text, String folded) {
        assertEquals(folded, AnswerMatcher.fold(text));
    }

    @Test
    void foldTreatsAnyWhitespaceAsOneSpace() {
        assertEquals("xi jinping", AnswerMatcher.fold("\tXi\u00A0\u2003Jinping\n"));
    }

    @ParameterizedTest(name = "{0} for {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sao paulo                           | São Paulo                           | RIGHT
            '  Xi   Jinping. '                  | Xi Jinping                          | RIGHT
            erdogan                             | Erdoğan                             | RIGHT
            African Union                       | The African Union                   | RIGHT
            the african union                   | African Union                       | RIGHT
            Shanghai Cooperation Organisation   | Shanghai Co-operation Organisation  | RIGHT
            Guinea Bissau                       | Guinea-Bissau                       | RIGHT
            Guineabissau                        | Guinea-Bissau                       | RIGHT
            Cote d'Ivoire                       | Côte d’Ivoire                       | RIGHT
            cote divoire                        | Côte d'Ivoire                       | RIGHT
            Kim Jong Un                         | Kim Jong-un                         | RIGHT
            Reykjavik                           | Reykjavík                           | RIGHT
            Washington DC                       | Washington, D.C.                    | RIGHT
            Lodz                                | Łódź                                | RIGHT
            Bosnia and Herzegovina              | Bosnia & Herzegovina                | RIGHT
            N'Djamena                           | Ndjamena                            | RIGHT
            Asuncion                            | Asunción                            | RIGHT
            MEXICO CITY                         | Mexico City                         | RIGHT
            1991                                | 1991                                | RIGHT
            Japarov                             | Zhaparov                            | TYPO
            Abdel Fattah el-Sisi                | Abdel Fattah al-Sisi                | TYPO
            Sadyr Dzhaparov                     | Sadyr Japarov                       | TYPO
            Rahmon                              | Rakhmon                             | TYPO
            Emomali Rakhmon                     | Emomali Rahmon                      | TYPO
            Mokhbar                             | Mokhber                             | TYPO
            Shahbaz Sharif                      | Shehbaz Sharif                      | TYPO
            Tokaev                              | Tokayev                             | TYPO
            Kassym-Jomart Tokaev                | Kassym-Jomart Tokayev               | TYPO
            Lukashenka                          | Lukashenko                          | TYPO
            Mirziyoev                           | Mirziyoyev                          | TYPO
            Pezeshkiyan                         | Pezeshkian                          | TYPO
            Kirghizstan                         | Kyrgyzstan                          | TYPO
            Kirgizstan                          | Kyrgyzstan                          | TYPO
            Ilham Aliev                         | Ilham Aliyev                        | TYPO
            Zelenskyy                           | Zelensky                            | TYPO
            Zelenskiy                           | Zelensky                            | TYPO
            Pashinian                           | Pashinyan                           | TYPO
            Bagdad                              | Baghdad                             | TYPO
            Lybia                               | Libya                               | TYPO
            Philipines                          | Philippines                         | TYPO
            Gadafi                              | Gaddafi                             | TYPO
            Teheran                             | Tehran                              | TYPO
            Astnaa                              | Astana                              | TYPO
            Kazakstan                           | Kazakhstan                          | TYPO
            Uzbekstan                           | Uzbekistan                          | TYPO
            Pution                              | Putin                               | TYPO
            Xi Jingping                         | Xi Jinping                          | TYPO
            Ali Khamenai                        | Ali Khamenei                        | TYPO
            Bahrein                             | Bahrain                             | TYPO
            Islamabbad                          | Islamabad                           | TYPO
            Netanyhau                           | Netanyahu                           | TYPO
            Erdgoan                             | Erdoğan                             | TYPO
            Ashgabad                            | Ashgabat                            | TYPO
            Saintpetersburg                     | Saint Petersburg                    | TYPO
            Kasymjomart Tokayev                 | Kassym-Jomart Tokayev               | TYPO
            Nigera                              | Nigeria                             | TYPO
            """)
    void acceptsSpellingsOfTheSameAnswer(String given, String answer, Verdict verdict) {
        assertEquals(new AnswerMatch(verdict, answer), AnswerMatcher.matchText(given, answer, List.of()));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Aliyev                  | Tokayev
            Iraq                    | Iran
            Iran                    | Iraq
            China                   | India
            Prussia                 | Russia
            Australia               | Austria
            Austria                 | Australia
            Nigeria                 | Niger
            Niger                   | Nigeria
            Bali                    | Mali
            Rodi                    | Modi
            Li                      | Xi
            Uzbekistan              | Kazakhstan
            Pakistan                | Tajikistan
            Sharifi                 | Sharif
            Slovenia                | Slovakia
            Ireland                 | Iceland
            Osama                   | Obama
            Aliyeva                 | Aliyev
            Nazarbayeva             | Nazarbayev
            Russian                 | Russia
            2002                    | 2001
            2010                    | 2001
            G8                      | G7
            Zambia                  | Gambia
            Kim Jong Il             | Kim Jong-un
            Heydar Aliyev           | Ilham Aliyev
            Nawaz Sharif            | Shehbaz Sharif
            Li Keqiang              | Li Qiang
            Sharif                  | Shehbaz Sharif
            Xi                      | Xi Jinping
            Delhi                   | New Delhi
            South Sudan             | Sudan
            North Korea             | South Korea
            United Kingdom          | United States
            Tokarev                 | Tokayev
            Han                     | Khan
            Zhang                   | Jiang
            Tasmania                | Tanzania
            Latvia                  | Lithuania
            Albania                 | Armenia
            Malawi                  | Mali
            Dominican               | Dominica
            Guyana                  | Guinea
            Mauritius               | Mauritania
            Paraguay                | Uruguay
            Omar                    | Oman
            Emomali Rahmon Rahmon   | Emomali Rahmon
            Astana Kazakhstan       | Astana
            Irn                     | Iran
            World War 1             | World War 2
            1998                    | 1989
            Apollo13                | Apollo12
            '12,345,687'            | '12,345,678'
            Male                    | Mali
            Lagos                   | Laos
            Laos                    | Lagos
            """)
    void rejectsADifferentAnswer(String given, String answer) {
        assertEquals(new AnswerMatch(Verdict.WRONG, answer), AnswerMatcher.matchText(given, answer, List.of()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "...", "—"})
    void blankInputIsWrong(String given) {
        assertEquals(new AnswerMatch(Verdict.WRONG, "Astana"), AnswerMatcher.matchText(given, "Astana", List.of()));
    }

    @Test
    void anExactAliasIsRightAndReportedAsTheMatch() {
        assertEquals(
                new AnswerMatch(Verdict.RIGHT, "Japarov"),
                AnswerMatcher.matchText("japarov", "Zhaparov", List.of("Japarov")));
    }

    @Test
    void aNearMissOfAnAliasIsATypoOfThatAlias() {
        assertEquals(
                new AnswerMatch(Verdict.TYPO, "Nur-Sultan"),
                AnswerMatcher.matchText("Nur Sultn", "Astana", List.of("Akmola", "Nur-Sultan")));
    }

    @Test
    void anExactAliasBeatsANearMissOfTheAnswer() {
        // "Tokaev" nearly matches the answer, but the pack lists it as a spelling of its own.
        assertEquals(
                new AnswerMatch(Verdict.RIGHT, "Tokaev"),
                AnswerMatcher.matchText("Tokaev", "Tokayev", List.of("Tokaev")));
    }

    @Test
    void aWrongAnswerReportsTheCanonicalAnswerNotAnAlias() {
        assertEquals(
                new AnswerMatch(Verdict.WRONG, "Astana"),
                AnswerMatcher.matchText("Almaty", "Astana", List.of("Nur-Sultan")));
    }

    @Test
    void aPartOfAnAliasIsNotTheAlias() {
        assertEquals(
                Verdict.WRONG,
                AnswerMatcher.matchText("Sultan", "Astana", List.of("Nur-Sultan"))
                        .verdict());
    }

    @ParameterizedTest(name = "{0} for {1} ± {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2001          | 2001     | 0     | RIGHT
            ' 2001 '      | 2001     | 0     | RIGHT
            2001.         | 2001     | 0     | RIGHT
            2002          | 2001     | 0     | WRONG
            2010          | 2001     | 0     | WRONG
            '1,000'       | 1000     | 0     | RIGHT
            '1,000,000'   | 1000000  | 0     | RIGHT
            '12,345.5'    | 12345.5  | 0     | RIGHT
            3.14          | 3.14159  | 0.01  | RIGHT
            3.2           | 3.14159  | 0.01  | WRONG
            1.1           | 1.0      | 0.1   | RIGHT
            1.2           | 1.0      | 0.1   | WRONG
            95            | 100      | 5     | RIGHT
            94            | 100      | 5     | WRONG
            -40           | -40      | 0     | RIGHT
            −40           | -40      | 0     | RIGHT
            +5            | 5        | 0     | RIGHT
            .5            | 0.5      | 0     | RIGHT
            ２００１      | 2001     | 0     | RIGHT
            '1,00'        | 100      | 0     | WRONG
            '10,00'       | 1000     | 0     | WRONG
            12 000        | 12000    | 0     | WRONG
            1e3           | 1000     | 0     | WRONG
            2001..        | 2001     | 0     | WRONG
            two thousand  | 2000     | 0     | WRONG
            ''            | 0        | 0     | WRONG
            """)
    void matchesNumbersWithinTolerance(String given, double answer, double tolerance, Verdict verdict) {
        assertEquals(
                verdict, AnswerMatcher.matchNumber(given, answer, tolerance).verdict());
    }

    @Test
    void aNumberReportsTheAnswerAsWrittenPlainly() {
        assertAll(
                () -> assertEquals(new AnswerMatch(Verdict.RIGHT, "2001"), AnswerMatcher.matchNumber("2001", 2001, 0)),
                () -> assertEquals(new AnswerMatch(Verdict.WRONG, "0.5"), AnswerMatcher.matchNumber("x", 0.5, 0)),
                () -> assertEquals(new AnswerMatch(Verdict.WRONG, "1000000"), AnswerMatcher.matchNumber(null, 1e6, 0)));
    }

    @Test
    void numberArgumentsAreChecked() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> AnswerMatcher.matchNumber("1", 1, -0.5)),
                () -> assertThrows(IllegalArgumentException.class, () -> AnswerMatcher.matchNumber("1", Double.NaN, 0)),
                () -> assertThrows(
                        IllegalArgumentException.class,
                        () -> AnswerMatcher.matchNumber("1", 1, Double.POSITIVE_INFINITY)));
    }

    @Test
    void onlyRightAndTypoCountAsKnown() {
        assertAll(
                () -> assertTrue(Verdict.RIGHT.isAccepted()),
                () -> assertTrue(Verdict.TYPO.isAccepted()),
                () -> assertFalse(Verdict.WRONG.isAccepted()));
    }

    @ParameterizedTest(name = "distance({0}, {1}) = {2}")
    @CsvSource({
        "astana, astana, 0",
        "astana, astnaa, 1",
        "tokayev, tokaev, 1",
        "lukashenko, lukashenka, 1",
        "iceland, ireland, 2",
        "austria, australia, 2",
        "slovakia, slovenia, 3",
        "'', iran, 4",
    })
    void weighsConsonantChangesAsTwoEdits(String a, String b, int distance) {
        assertAll(
                () -> assertEquals(distance, SpellingVariants.distance(a, b)),
                () -> assertEquals(distance, SpellingVariants.distance(b, a)));
    }

    @ParameterizedTest(name = "key({0}) = key({1})")
    @CsvSource({
        "zhaparov, japarov",
        "dzhaparov, djaparov",
        "rakhmon, rahmon",
        "tokayev, tokaev",
        "mirziyoyev, mirziyoev",
        "kyrgyzstan, kirghizstan",
        "zelenskyy, zelenskii",
        "gaddafi, gadafi",
    })
    void romanisationsShareAKey(String a, String b) {
        assertEquals(SpellingVariants.romanisationKey(a), SpellingVariants.romanisationKey(b));
    }

    @Test
    void anInitialKhIsKeptApart() {
        assertEquals("han", SpellingVariants.romanisationKey("han"));
        assertEquals("khan", SpellingVariants.romanisationKey("khan"));
    }
}
