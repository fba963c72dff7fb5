package org.fazhi.shared;

import java.util.List;

/**
 * A one-off command-line job (命令行任务) such as {@code generate-demo} or {@code verify-audit}: any module may
 * register one as a bean; {@code java -jar fazhi.jar <name> [args]} runs it without the web server and exits with
 * its exit code.
 */
public interface OneOffJob {

    /** The sub-command name, lower-case with dashes. */
    String name();

    /** One line of Chinese help text. */
    String description();

    /** Runs the job; returns the process exit code (0 = success). Prints its report to standard output. */
    int run(List<String> arguments);
}
