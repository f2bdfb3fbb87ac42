package quizline.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every command by its name, in the order help lists them. */
final class Subcommands {
    private Subcommands() {}

    static final Map<String, Class<?>> ALL = build();

    private static Map<String, Class<?>> build() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("study", StudyCommand.class);
        all.put("config", ConfigCommand.class);
        all.put("validate", ValidateCommand.class);
        all.put("lint", LintCommand.class);
        all.put("review", ReviewCommand.class);
        all.put("import", ImportCommand.class);
        all.put("export", ExportCommand.class);
        all.put("pack", PackCommand.class);
        all.put("packs", PacksCommand.class);
        all.put("stats", StatsCommand.class);
        all.put("list", ListCommand.class);
        all.put("search", SearchCommand.class);
        all.put("show", ShowCommand.class);
        all.put("card", CardCommand.class);
        all.put("flagged", FlaggedCommand.class);
        all.put("suspended", SuspendedCommand.class);
        all.put("doctor", DoctorCommand.class);
        all.put("extract", ExtractCommand.class);
        all.put("generate", GenerateCommand.class);
        all.put("fsrs", FsrsCommand.class);
        all.put("class", ClassCommand.class);
        return all;
    }
}
