package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipsTest {
    private static final Memberships FILE = Memberships.get();

    @Test
    void theFileSaysWhenItIsTrueAndCoversTheMajorOrganisations() {
        assertEquals(LocalDate.of(2025, 1, 31), FILE.asOf());
        for (String abbreviation : List.of(
                "G7", "G20", "BRICS", "SCO", "ASEAN", "APEC", "NATO", "EU", "AU", "GCC", "OPEC", "Quad", "CSTO", "CIS",
                "EAEU")) {
            String name = Gazetteer.get().organisations().stream()
                    .filter(o ->
                            o.name().equals(abbreviation) || o.abbreviations().contains(abbreviation))
                    .findFirst()
                    .orElseThrow()
                    .name();
            assertTrue(FILE.knows(name), abbreviation);
        }
        assertTrue(FILE.knows("Arab League") && FILE.knows("Mercosur") && FILE.knows("Commonwealth of Nations"));
        assertFalse(FILE.knows("United Nations"), "too big to list");
    }

    @Test
    void everyOrganisationAndMemberIsKnownToTheOtherDataFiles() {
        Gazetteer gazetteer = Gazetteer.get();
        for (String organisation : FILE.organisations()) {
            assertTrue(gazetteer.organisation(organisation).isPresent(), organisation);
            for (String member : FILE.of(organisation).keySet()) {
                assertTrue(
                        gazetteer.country(member).isPresent()
                                || gazetteer.organisation(member).isPresent()
                                // a territory a bloc counts as a member: Montserrat in CARICOM
                                || DataFiles.words("territories.txt").contains(member),
                        organisation + ": " + member);
            }
        }
    }

    @Test
    void statusesAndMemberCountsAsOfTheFilesDate() {
        assertEquals(
                Optional.of(Memberships.Status.FOUNDING_MEMBER),
                FILE.status("Shanghai Cooperation Organisation", "Uzbekistan"));
        assertEquals(
                Optional.of(Memberships.Status.MEMBER), FILE.status("Shanghai Cooperation Organisation", "Belarus"));
        assertEquals(
                Optional.of(Memberships.Status.DIALOGUE_PARTNER),
                FILE.status("Shanghai Cooperation Organisation", "Turkey"));
        assertEquals(Optional.of(Memberships.Status.SUSPENDED), FILE.status("African Union", "Niger"));
        assertEquals(Optional.of(Memberships.Status.FORMER_MEMBER), FILE.status("European Union", "United Kingdom"));
        assertEquals(Optional.empty(), FILE.status("North Atlantic Treaty Organization", "Austria"));
        assertEquals(32, FILE.fullMembers("North Atlantic Treaty Organization").size());
        assertEquals(27, FILE.fullMembers("European Union").size());
        assertEquals(
                10, FILE.fullMembers("Association of Southeast Asian Nations").size());
        assertEquals(10, FILE.fullMembers("BRICS").size());
        assertEquals(
                48 + 6,
                FILE.of("African Union").values().stream()
                        .filter(s -> s.fullMember() || s == Memberships.Status.SUSPENDED)
                        .count(),
                "55 with the Sahrawi Republic, no country of the data files");
        assertEquals(56, FILE.fullMembers("Commonwealth of Nations").size());
        assertTrue(
                FILE.fullMembers("OPEC+")
                        .containsAll(FILE.fullMembers("Organization of the Petroleum Exporting Countries")),
                "OPEC's members are OPEC+'s");
    }

    @Test
    void aCountryListedTwiceInOneOrganisationStopsLoading() {
        List<String[]> rows = List.of(
                new String[] {"as of", "2025-01-31", ""},
                new String[] {"African Union", "member", "Ghana|Kenya"},
                new String[] {"African Union", "suspended", "Kenya"});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Memberships(rows));
        assertTrue(
                e.getMessage().contains("Kenya is listed twice in African Union: member and suspended"),
                e.getMessage());
    }

    @Test
    void aNameNoDataFileKnowsStopsLoading() {
        assertThrows(
                IllegalStateException.class,
                () -> new Memberships(List.<String[]>of(
                        new String[] {"as of", "2025-01-31", ""},
                        new String[] {"African Union", "member", "Wakanda"})));
        assertThrows(
                IllegalStateException.class,
                () -> new Memberships(List.<String[]>of(
                        new String[] {"as of", "2025-01-31", ""},
                        new String[] {"League of Wakanda", "member", "Ghana"})));
        assertThrows(
                IllegalStateException.class,
                () -> new Memberships(List.<String[]>of(new String[] {"African Union", "member", "Ghana"})));
    }

    /** The day a member joined, where the file gives it: the file vouches for a membership only from then on. */
    @Test
    void aMemberIsOneFromTheDayItJoined() {
        String nato = "North Atlantic Treaty Organization";
        assertFalse(FILE.fullMemberOn(nato, "Finland", Optional.of(LocalDate.of(2023, 4, 3))));
        assertTrue(FILE.fullMemberOn(nato, "Finland", Optional.of(LocalDate.of(2023, 4, 4))));
        assertTrue(FILE.fullMemberOn(nato, "Norway", Optional.of(LocalDate.of(1990, 1, 1))), "a founder, undated");
        assertTrue(
                FILE.fullMemberOn(nato, "Norway", Optional.empty()), "a report without a date: a long-standing member");
        assertFalse(FILE.fullMemberOn(nato, "Sweden", Optional.empty()), "a report without a date may be older");
        // a year alone: a member by the end of it, so not on a day within it
        assertFalse(FILE.fullMemberOn("Commonwealth of Nations", "Cameroon", Optional.of(LocalDate.of(1995, 12, 31))));
        assertTrue(FILE.fullMemberOn("Commonwealth of Nations", "Cameroon", Optional.of(LocalDate.of(1996, 1, 1))));
        // Egypt at the BRICS summit of August 2023 was invited, not yet a member
        assertFalse(FILE.fullMemberOn("BRICS", "Egypt", Optional.of(LocalDate.of(2023, 8, 23))));
        // not a full member now: the file cannot vouch for any day
        assertFalse(FILE.fullMemberOn("African Union", "Niger", Optional.of(LocalDate.of(2020, 1, 1))));
        assertFalse(FILE.fullMemberOn("European Union", "United Kingdom", Optional.of(LocalDate.of(2015, 1, 1))));
        assertFalse(FILE.fullMemberOn(nato, "Austria", Optional.empty()));
        // the name without its date is the member
        assertEquals(Optional.of(Memberships.Status.MEMBER), FILE.status(nato, "Finland"));
    }
}
