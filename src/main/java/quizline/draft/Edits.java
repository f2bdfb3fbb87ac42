package quizline.draft;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An author's changes to a draft question; null fields are unchanged. {@code answer} is text as
 * typed: a short answer, a number, true/false, a choice's letter or text, letters for a multi.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edits(String prompt, String answer, List<String> accept, List<String> choices, String explanation) {
    public static final Edits NONE = new Edits(null, null, null, null, null);

    public Edits {
        accept = accept == null ? null : List.copyOf(accept);
        choices = choices == null ? null : List.copyOf(choices);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return this.equals(NONE);
    }

    public Edits withPrompt(String value) {
        return new Edits(value, answer, accept, choices, explanation);
    }

    public Edits withAnswer(String value) {
        return new Edits(prompt, value, accept, choices, explanation);
    }

    public Edits withAccept(List<String> value) {
        return new Edits(prompt, answer, value, choices, explanation);
    }

    public Edits withChoices(List<String> value) {
        return new Edits(prompt, answer, accept, value, explanation);
    }

    public Edits withExplanation(String value) {
        return new Edits(prompt, answer, accept, choices, value);
    }
}
