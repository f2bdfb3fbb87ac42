package quizline.generate;

import java.util.ArrayList;
import java.util.List;
import quizline.facts.Gazetteer;

/** Cloze blanks, {@code {{answer|other spelling}}}, with the other names the data files give the answer. */
final class Blanks {
    private Blanks() {}

    static String of(String answer, List<String> aliases) {
        StringBuilder blank = new StringBuilder("{{").append(answer);
        aliases.stream()
                .filter(a -> !a.equals(answer))
                .distinct()
                .forEach(a -> blank.append('|').append(a));
        return blank.append("}}").toString();
    }

    /** Other names of a country (its aliases) or organisation (its abbreviations). */
    static List<String> placeAliases(String place) {
        Gazetteer gazetteer = Gazetteer.get();
        List<String> aliases = new ArrayList<>();
        gazetteer.country(place).ifPresent(c -> aliases.addAll(c.aliases()));
        gazetteer.organisation(place).ifPresent(o -> aliases.addAll(o.abbreviations()));
        return aliases;
    }

    static List<String> cityAliases(String city) {
        return Gazetteer.get().city(city).map(Gazetteer.City::aliases).orElse(List.of());
    }

    /** A place in a cloze: "the" stays outside the blank, so "United Nations" and "UN" both fill it. */
    static String place(String place) {
        String written = Wording.place(place);
        String article = written.startsWith("the ") && !place.startsWith("the ") ? "the " : "";
        return article + of(place, placeAliases(place));
    }
}
