package quizline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = "Look into packs and combine them.",
        subcommands = {PackInfoCommand.class, PackMergeCommand.class})
final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to do: 'pack info' or 'pack merge'");
    }
}
