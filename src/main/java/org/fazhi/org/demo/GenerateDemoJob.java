package org.fazhi.org.demo;

import org.fazhi.org.FirstStartCredentials;
import org.fazhi.shared.OneOffJob;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code java -jar fazhi.jar generate-demo}: loads the demo county if it is not loaded yet (whatever
 * {@code fazhi.demo.enabled} says) and prints the logins created, passwords once.
 */
@Component
class GenerateDemoJob implements OneOffJob {

    private final DemoCountyLoader loader;
    private final FirstStartCredentials credentials;

    GenerateDemoJob(DemoCountyLoader loader, FirstStartCredentials credentials) {
        this.loader = loader;
        this.credentials = credentials;
    }

    @Override
    public String name() {
        return "generate-demo";
    }

    @Override
    public String description() {
        return "加载示范县数据（单位、人员和各角色账号），已加载时不重复加载";
    }

    @Override
    public int run(List<String> arguments) {
        boolean loadedNow = loader.loadIfEmpty();
        // The start-up runner may already have loaded it in this same process: its logins are still waiting here.
        List<FirstStartCredentials.Login> logins = credentials.drain();
        if (!loadedNow && logins.isEmpty()) {
            System.out.println("示范县数据已存在，未重复加载。忘记口令可用：java -jar fazhi.jar reset-password <用户名>");
            return 0;
        }
        System.out.println("示范县数据已加载。以下账号的口令只显示这一次：");
        for (FirstStartCredentials.Login login : logins) {
            System.out.printf("  %-12s %-12s %-24s 口令：%s%n", login.role(), login.username(), login.unit(),
                    login.password());
        }
        return 0;
    }
}
