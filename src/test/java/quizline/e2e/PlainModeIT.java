package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar over pipes: scripted answers in, a plain transcript out. */
class PlainModeIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    @Test
    void studiesAPackFromPipedAnswersAndExitsZeroWithTheSummary() throws Exception {
        Program.inPackOrder(home);
        Program.Result r = Program.run(
                home, "b\n\nSadyr Japorov\n\n2002\n\nt\n\nac\n4\nNur-Sultan\n\n", "study", "--pack", "mini");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.contains("Due now 0 · new today 6"), out);
        assertTrue(out.contains("Your answer (a–d or 1–4): b\n✓ Right.\nAnswer: b) Astana\n"), out);
        assertTrue(
                out.matches(
                        "(?s).*1 Again 1m · 2 Hard 6m · \\[3 Good 10m] · 4 Easy \\d+d\nGrade \\(Enter: Good, 1–4, \\? for more\\): \n.*"),
                out);
        assertTrue(
                out.contains("Source: Test Wire, 4 July 2024\n        “The summit was held in Astana this year.”\n"),
                out);
        assertFalse(out.contains("characters"), out);
        assertTrue(
                out.contains("✓ Right, with a typo: you typed \"Sadyr Japorov\"; the pack has \"Sadyr Japarov\"."),
                out);
        assertTrue(out.contains("✗ Wrong. You answered: 2002\nAnswer: 2001"), out);
        assertTrue(out.contains("Fill the blank: Nur-Sultan\n✓ Right."), out);
        assertTrue(
                out.matches(
                        "(?s).*Session over: 6 answered · 4 right · 1 with a typo · 1 wrong · 83% · \\d+s\n"
                                + "Grades: 1 Again · 1 Hard · 3 Good · 1 Easy\nNext: 5 learning cards in \\d+ min, 1 review [^,\n]+\n"),
                out);
        assertFalse(out.contains("\u001b"), "escape codes in plain mode");
    }

    @Test
    void gradeKeysFlagSuspendAndBuryAcrossTwoDaysAndTheCommandsListAndLiftThem() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TZ", "UTC");
        Program.inPackOrder(env, "default");
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        // host-city: flagged with a note, then suspended; the president: buried; the year: its history, then Good.
        Program.Result today =
                Program.run(env, "b\n!\ntwo cities fit\ns\nSadyr Japarov\nb\n2001\nh\n\n", "study", "--pack", "mini");
        assertEquals(0, today.exit(), today.err());
        String out = today.out();
        assertTrue(out.contains("Flagged: `quizline flagged` lists it for the pack's author."), out);
        assertTrue(
                out.contains("Suspended: not asked again until `quizline suspended --unsuspend mini/host-city`"), out);
        assertTrue(out.contains("Buried: back on the next study day, from Sun 6 Dec 04:00.\n"), out);
        assertTrue(out.contains("History: never answered before.\n"), out);
        // Neither the suspended nor the buried question is left, though both are in learning steps.
        assertTrue(out.contains("4 left · 0 learning · numeric"), out);
        assertTrue(out.contains("Next: 1 learning card in "), out);

        Program.Result flagged = Program.run(env, "", "flagged");
        assertEquals(0, flagged.exit(), flagged.err());
        assertEquals(
                "1 flag:\nmini  host-city  2026-12-05 09:00\n  Which city hosted the 2024 summit?\n"
                        + "  Note: two cities fit\n",
                flagged.out());

        env.put("QUIZLINE_NOW", "2026-12-06T09:00:00Z");
        Program.Result tomorrow = Program.run(env, "", "study", "--pack", "mini");
        // The buried president and the year are due; the suspended city is not counted.
        assertTrue(tomorrow.out().contains("Due now 2 · new today 3"), tomorrow.out());
        assertTrue(tomorrow.out().contains("Who was president of Kyrgyzstan in 2024?"), tomorrow.out());
        assertFalse(tomorrow.out().contains("Which city hosted"), tomorrow.out());

        Program.Result lifted = Program.run(env, "", "suspended", "--unsuspend", "mini/host-city");
        assertEquals(0, lifted.exit(), lifted.err());
        Program.Result after = Program.run(env, "", "study", "--pack", "mini");
        assertTrue(after.out().contains("Due now 3 · new today 3"), after.out());
    }

    @Test
    void suspensionsBurialsFlagsAndResetsTravelWithExportAndImportIntoAFreshProfile() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TZ", "UTC");
        Program.inPackOrder(env, "default");
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        // host-city: flagged with a note, then suspended; the president: buried until the next study day; the year:
        // answered, then reset.
        Program.Result studied = Program.run(
                env, "b\n!\ntwo cities fit\ns\nSadyr Japarov\nb\n2001\n\n", "study", "--pack", "mini", "--limit", "3");
        assertEquals(0, studied.exit(), studied.err());
        Program.Result reset = Program.run(env, "", "card", "mini/founded", "--reset");
        assertEquals(0, reset.exit(), reset.err());
        Path json = home.resolve("progress.json");
        Program.Result exported = Program.run(env, "", "export", "--progress", json.toString());
        assertEquals(
                new Program.Result(
                        0,
                        "exported 3 reviews, 1 setting, 1 suspension, 1 burial, 1 flag and 1 reset to " + json + "\n",
                        ""),
                exported);

        Program.Result imported = Program.run(env, "", "import", "--progress", json.toString(), "--profile", "copy");
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(
                "imported 3 reviews, 1 setting changed, 3 cards rebuilt from " + json + "\n"
                        + "imported 1 suspension, 1 burial, 1 flag and 1 reset\n",
                imported.out());
        // The reset question is new in the copy, as in the original, its answer kept as history
        Program.Result shown = Program.run(env, "", "show", "mini/founded", "--profile", "copy");
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().startsWith("mini/founded · numeric · new\n"), shown.out());
        assertTrue(shown.out().contains("\nHistory (1 answer):\n"), shown.out());
        assertEquals(
                Program.run(env, "", "list", "--pack", "mini").out(),
                Program.run(env, "", "list", "--pack", "mini", "--profile", "copy")
                        .out());
        Program.Result doctor = Program.run(env, "", "doctor", "--profile", "copy");
        assertEquals(0, doctor.exit(), doctor.err());
        assertTrue(doctor.out().contains("ok: 0 differences in 2 cards"), doctor.out());
        Program.Result again = Program.run(env, "", "import", "--progress", json.toString(), "--profile", "copy");
        assertEquals(
                "imported 0 reviews (3 already there), 0 settings changed, 0 cards rebuilt from " + json + "\n"
                        + "imported 0 suspensions, 0 burials, 0 flags and 0 resets (4 already there)\n",
                again.out());
        Program.Result suspended = Program.run(env, "", "suspended", "--profile", "copy");
        assertEquals(Program.run(env, "", "suspended").out(), suspended.out());
        assertTrue(
                suspended.out().startsWith("1 suspended question:\nmini/host-city  since 2026-12-05 09:00\n"),
                suspended.out());
        Program.Result flagged = Program.run(env, "", "flagged", "--profile", "copy");
        assertTrue(flagged.out().contains("mini  host-city  2026-12-05 09:00\n"), flagged.out());
        assertTrue(flagged.out().contains("  Note: two cities fit\n"), flagged.out());

        // The same questions are set aside in the copy: neither the suspended city nor the buried president is due.
        Program.Result copy = Program.run(env, "", "study", "--pack", "mini", "--profile", "copy");
        assertTrue(copy.out().contains("Due now 0 · new today 4"), copy.out());
        assertFalse(copy.out().contains("Which city hosted"), copy.out());
        assertFalse(copy.out().contains("president of Kyrgyzstan"), copy.out());
        // The next study day the burial is over, in the copy as in the original; the suspension is not.
        env.put("QUIZLINE_NOW", "2026-12-06T09:00:00Z");
        Program.Result tomorrow = Program.run(env, "", "study", "--pack", "mini", "--profile", "copy");
        assertTrue(tomorrow.out().contains("Due now 1 · new today 4"), tomorrow.out());
        assertTrue(tomorrow.out().contains("Who was president of Kyrgyzstan in 2024?"), tomorrow.out());
        assertFalse(tomorrow.out().contains("Which city hosted"), tomorrow.out());
    }

    @Test
    void quizlineNowSetsTheClockSoTomorrowsReviewComesBackTomorrow() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TZ", "UTC");
        Program.inPackOrder(env, "default");
        for (String[] setting : new String[][] {{"new-per-day", "1"}, {"max-interval", "1"}}) {
            assertEquals(
                    0, Program.run(env, "", "config", setting[0], setting[1]).exit());
        }
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        Program.Result today = Program.run(env, "b\n4\n", "study", "--pack", "mini");
        assertEquals(0, today.exit(), today.err());
        assertTrue(today.out().contains("Saved: Easy · next in 1d"), today.out());
        assertTrue(today.out().endsWith("\nNext: 1 review tomorrow, 1 new question tomorrow\n"), today.out());

        env.put("QUIZLINE_NOW", "2026-12-05T21:00:00Z");
        Program.Result tonight = Program.run(env, "", "study", "--pack", "mini");
        assertTrue(tonight.out().contains("Due now 0 · new today 0"), tonight.out());
        assertTrue(
                tonight.out()
                        .contains("Nothing due now; --cram drills the questions anyway.\n"
                                + "Next: 1 review tomorrow, 1 new question tomorrow\n"),
                tonight.out());

        env.put("QUIZLINE_NOW", "2026-12-06T09:00");
        Program.Result tomorrow = Program.run(env, "b\n\n", "study", "--pack", "mini");
        assertEquals(0, tomorrow.exit(), tomorrow.err());
        assertTrue(tomorrow.out().contains("Due now 1 · new today 1"), tomorrow.out());
        assertTrue(tomorrow.out().contains("Which city hosted the 2024 summit?"), tomorrow.out());
    }

    @Test
    void aQuizlineNowThatIsNoTimeIsOneLineAndExitTwo() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("QUIZLINE_NOW", "tomorrow");
        Program.Result r = Program.run(env, "", "study");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(
                "quizline: QUIZLINE_NOW=tomorrow is not a date-time such as 2026-12-05T09:00:00Z or 2026-12-05T09:00\n",
                r.err());
    }

    @Test
    void anArticleNotFoundSaysWhereItLookedAndAMissingArticlesFolderIsAnError() throws Exception {
        Path packs = Files.createDirectories(home.resolve("packs"));
        Files.copy(Program.TEST_PACKS.resolve("mini.json"), packs.resolve("mini.json"));
        Path empty = Files.createDirectories(home.resolve("empty"));
        Map<String, String> env = Program.environment(home);
        env.put("QUIZLINE_PACKS", packs.resolve("mini.json").toString());
        env.put("QUIZLINE_ARTICLES", empty.toString());
        Program.inPackOrder(env, "default");
        Program.Result r = Program.run(env, "b\n\n", "study", "--pack", "mini", "--limit", "1");
        assertEquals(0, r.exit(), r.err());
        // One line, wrapped to the width like every line: long folder names go on below.
        assertTrue(
                r.out()
                        .replace(",\n        ", ", ")
                        .contains("Source: Test Wire, 4 July 2024\n" + "        mini-article.txt not found in " + empty
                                + ", " + packs.resolve("articles") + "\n"),
                r.out());

        Program.Result missing = Program.run(env, "", "study", "--articles", "no-such-folder");
        assertEquals(1, missing.exit());
        assertEquals("", missing.out());
        assertEquals("quizline: --articles no-such-folder: no such folder\n", missing.err());
    }

    @Test
    void theLimitCountsAnswersNotQuestions() throws Exception {
        // Answers for more than two questions: the session takes two, then ends with its summary.
        Program.inPackOrder(home);
        Program.Result r =
                Program.run(home, "b\n\nSadyr Japarov\n\n2001\n\nt\n\n", "study", "--pack", "mini", "--limit", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 left · 0 learning · choice"), r.out());
        assertTrue(r.out().contains("1 left · 0 learning · short"), r.out());
        assertFalse(r.out().contains("founded"), r.out());
        assertTrue(r.out().contains("Session over: 2 answered · 2 right"), r.out());
    }

    @Test
    void endOfInputMidSessionEndsWithTheSummary() throws Exception {
        Program.inPackOrder(home);
        Program.Result r = Program.run(home, "2\n", "study", "--pack", "mini");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Session over: 1 answered · 1 right · 0 with a typo · 0 wrong · 100%"), r.out());
    }

    /** Reviews of a pack not loaded here (another machine's, imported) use up none of today's new questions. */
    @Test
    void onlyThePacksLoadedHereCountTowardTodaysNewQuestions() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TZ", "UTC");
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        Program.inPackOrder(env, "default");
        assertEquals(0, Program.run(env, "", "config", "new-per-day", "3").exit());
        Program.Result studied = Program.run(env, "b\n\n", "study", "--pack", "mini", "--limit", "1");
        assertTrue(studied.out().contains("Due now 0 · new today 3"), studied.out());
        assertTrue(studied.out().contains("Session over: 1 answered"), studied.out());

        String mini = Files.readString(Program.TEST_PACKS.resolve("mini.json"));
        Path other =
                Files.writeString(home.resolve("other.json"), mini.replace("\"id\": \"mini\"", "\"id\": \"other\""));
        env.put("QUIZLINE_PACKS", other.toString());
        Program.Result elsewhere = Program.run(env, "", "study", "--limit", "1");
        assertTrue(elsewhere.out().contains("Due now 0 · new today 3"), "mini is not loaded: " + elsewhere.out());
        env.put("QUIZLINE_PACKS", other + ":" + Program.TEST_PACKS.resolve("mini.json"));
        Program.Result both = Program.run(env, "", "study", "--limit", "1");
        assertTrue(both.out().contains("new today 2"), "mini is loaded again: " + both.out());
    }

    @Test
    void aTagNoQuestionHasIsAMistakeThatListsTheTags() throws Exception {
        Program.Result r = Program.run(home, "", "study", "--pack", "mini", "--tag", "peopel");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals("quizline: no question has the tag \"peopel\" (tags: dates, hosts, members, people)\n", r.err());
    }

    @Test
    void bareCommandStudiesTheBundledPack() throws Exception {
        Program.Result r = Program.run(home, "", "--limit", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out().contains("sco-summits — SCO summits 2022–2024 · " + Program.bundledQuestions() + " questions"),
                r.out());
        assertTrue(r.out().contains("3 left · 0 learning · "), r.out());
        assertTrue(r.out().contains("Session over: 0 answered"), r.out());
    }

    @Test
    void validatePrintsOkForTheBundledPacksAndLocatesProblems() throws Exception {
        Program.Result ok = Program.run(home, "", "validate", "questions/sco-summits.json");
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertEquals("questions/sco-summits.json: OK\n", ok.out());

        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"id\": \"y\"\n}\n");
        Program.Result broken = Program.run(home, "", "validate", bad.toString());
        assertEquals(1, broken.exit());
        assertEquals(bad + ":4:3: duplicate key \"id\"\n", broken.out());
        assertEquals("", broken.err());
    }

    @Test
    void userMistakesGetOneLineAndANonZeroExit() throws Exception {
        Program.Result limit = Program.run(home, "", "study", "--limit", "0");
        assertEquals(2, limit.exit());
        assertEquals(
                "quizline: --limit must be 1 or more, not 0\nTry 'quizline study --help' for more information.\n",
                limit.err());

        Program.Result pack = Program.run(home, "", "study", "--pack", "nope");
        assertEquals(1, pack.exit());
        assertEquals("quizline: no pack with id \"nope\" (loaded: sco-summits, mini)\n", pack.err());

        Program.Result unknown = Program.run(home, "", "stdy");
        assertEquals(2, unknown.exit());
        assertFalse(unknown.err().contains("\tat "), unknown.err());

        Program.Result missing = Program.run(home, "", "validate", "missing.json");
        assertEquals(1, missing.exit());
        assertEquals("missing.json: no such file\n", missing.out());
    }

    @Test
    void aBrokenUserPackIsReportedAndSkipped() throws Exception {
        var env = Program.environment(home);
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1}");
        env.put("QUIZLINE_PACKS", broken.toString());
        Program.Result r = Program.run(env, "", "--limit", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.err().startsWith("quizline: " + broken + ":1:1: missing required field \"id\" in the pack\n"),
                r.err());
        assertTrue(
                r.err().contains(broken + ": skipped (run 'quizline validate " + broken + "' for details)"), r.err());
        assertTrue(r.out().contains("1 pack · " + Program.bundledQuestions() + " questions"), r.out());
    }

    /** The mini pack made a draft again: its first question marked as generated and not reviewed. */
    private Path miniDraft(String name) throws Exception {
        String mini = Files.readString(Program.TEST_PACKS.resolve("mini.json"));
        String draft = mini.replace("\"answer\": 1,", "\"answer\": 1, \"status\": \"draft\",");
        if (draft.equals(mini)) {
            throw new AssertionError("the mini pack changed: mark a draft question another way");
        }
        return Files.writeString(home.resolve(name), draft);
    }

    @Test
    void aDraftIsNeverStudiedAndSaysToReviewItFirst() throws Exception {
        Path draft = miniDraft("mini-draft.json");
        var env = Program.environment(home);
        env.put("QUIZLINE_PACKS", draft.toString());
        Program.Result asked = Program.run(env, "", "study", "--pack", "mini");
        assertEquals(1, asked.exit());
        assertEquals(
                "quizline: " + draft + ": pack \"mini\" is a draft, not studied: review it first (quizline review "
                        + draft + ")\n",
                asked.err());
        assertEquals("", asked.out());

        Program.Result all = Program.run(env, "", "--limit", "1");
        assertEquals(0, all.exit(), all.err());
        assertEquals(
                "quizline: " + draft + ": a draft (1 question not reviewed yet), not studied: review it first "
                        + "(quizline review " + draft + ")\n",
                all.err());
        assertTrue(all.out().contains("1 pack · " + Program.bundledQuestions() + " questions"), all.out());
    }

    @Test
    void aDraftInThePacksFolderDoesNotShadowThePublishedPack() throws Exception {
        Program.inPackOrder(home); // the answer below is the first question's in pack order
        Path packs = Files.createDirectories(home.resolve("data/quizline/packs"));
        Path draft = miniDraft("data/quizline/packs/mini-draft.json");
        Files.writeString(packs.resolve("mini-draft.review.json"), "{\n  \"format\" : 1\n}\n");
        Program.Result r = Program.run(home, "b\n\n", "study", "--pack", "mini", "--limit", "1");
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "quizline: " + draft + ": a draft (1 question not reviewed yet), not studied: review it first "
                        + "(quizline review " + draft + ")\n",
                r.err(),
                "the review file beside it is not read as a pack");
        assertTrue(r.out().contains("✓ Right."), "the published mini pack is studied:\n" + r.out());
    }

    @Test
    void helpAndVersionComeFromPicocli() throws Exception {
        Program.Result version = Program.run(home, "", "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("quizline \\d+\\.\\d+\\.\\d+.*\n"), version.out());
        Program.Result help = Program.run(home, "", "--help");
        assertTrue(help.out().contains("Usage: quizline"), help.out());
        assertTrue(help.out().contains("study"), help.out());
        assertTrue(help.out().contains("validate"), help.out());
        for (String command : new String[] {"study", "validate"}) {
            Program.Result sub = Program.run(home, "", command, "--help");
            assertEquals(0, sub.exit());
            assertTrue(sub.out().startsWith("Usage: quizline " + command), sub.out());
        }
    }
}
