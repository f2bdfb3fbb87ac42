package quizline.generate;

import java.util.List;

/**
 * One person however the articles spell the name: {@code name} is the spelling met first, {@code variants} the
 * others in the order they were met. Questions take {@code name} as the answer and accept the variants.
 */
record Person(String name, List<String> variants) {
    Person {
        variants = List.copyOf(variants);
    }

    boolean hasVariants() {
        return !variants.isEmpty();
    }
}
