package quizline.cli;

import quizline.env.Env;

/** A command that reads the environment, the clock or the data folder: {@link Main} gives it the one {@link Env} of the run. */
interface ReadsEnv {
    void useEnv(Env env);
}
