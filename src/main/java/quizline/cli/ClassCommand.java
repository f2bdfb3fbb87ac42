package quizline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "class",
        mixinStandardHelpOptions = true,
        description = {
            "For the instructor of a class: publish packs to the students and report on their progress.",
            "The class is every profile of the data folder, or with --store (or QUIZLINE_STORE) every profile of the"
                    + " class's PostgreSQL database.",
            "'class report' shows the item analysis of a pack and each student's progress; 'class publish' makes a"
                    + " pack the version every student studies."
        },
        subcommands = {ClassReportCommand.class, ClassPublishCommand.class})
final class ClassCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to do: 'class report' or 'class publish'");
    }
}
