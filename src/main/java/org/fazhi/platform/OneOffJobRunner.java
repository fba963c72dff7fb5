package org.fazhi.platform;

import org.fazhi.org.FirstStartCredentials;
import org.fazhi.shared.OneOffJob;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the one-off job named by the first command-line argument ({@code java -jar fazhi.jar verify-audit}); active
 * only in the {@code cli} profile that {@code FazhiApplication} sets for such runs.
 */
@Component
@Profile("cli")
@Order(1000)
class OneOffJobRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<OneOffJob> jobs;
    private final FirstStartCredentials credentials;
    private int exitCode;

    OneOffJobRunner(List<OneOffJob> jobs, FirstStartCredentials credentials) {
        this.jobs = jobs;
        this.credentials = credentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        String[] raw = args.getSourceArgs();
        String name = raw[0];
        List<String> rest = Arrays.asList(raw).subList(1, raw.length);
        exitCode = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .map(job -> job.run(rest))
                .orElseGet(() -> {
                    System.out.println("未知命令：" + name + "。可用命令：");
                    jobs.stream().sorted(Comparator.comparing(OneOffJob::name))
                            .forEach(j -> System.out.printf("  %-16s %s%n", j.name(), j.description()));
                    return 2;
                });
        // A job run on an empty database created the first accounts: their passwords must not be lost.
        var logins = credentials.drain();
        if (!logins.isEmpty()) {
            System.out.println("首次启动生成的账号（口令只显示这一次，请妥善保存）：");
            logins.forEach(l -> System.out.printf("  %-10s %-16s %-20s 口令：%s%n", l.role(), l.username(), l.unit(),
                    l.password()));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
