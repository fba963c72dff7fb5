package org.fazhi.platform;

import org.fazhi.org.CountySettings;
import org.fazhi.org.FirstStartCredentials;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * Prints where the platform is, how long it took to start and, on first start only, the logins just created
 * (启动信息). Printed to standard output, not to the log, so generated passwords do not end up in log files.
 */
@Component
class StartupBanner {

    private final FirstStartCredentials credentials;
    private final CountySettings county;

    StartupBanner(FirstStartCredentials credentials, CountySettings county) {
        this.credentials = credentials;
        this.county = county;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        int port = web.getWebServer().getPort();
        StringBuilder out = new StringBuilder();
        out.append("\n==================== 法治政府建设管理平台 已启动 ====================\n");
        out.append(String.format("  地址：      http://localhost:%d/%n", port));
        out.append(String.format("  公开门户：  http://localhost:%d/portal%n", port));
        out.append(String.format("  接口文档：  http://localhost:%d/swagger-ui.html%n", port));
        out.append(String.format("  本级县区：  %s（%s）%n", county.name(), county.code()));
        out.append(String.format("  启动耗时：  %.1f 秒%n", uptime / 1000.0));
        var logins = credentials.drain();
        if (logins.isEmpty()) {
            out.append("  登录：      使用已有账号登录（忘记口令：java -jar target/fazhi.jar reset-password <用户名>）\n");
        } else {
            out.append("  首次启动生成的账号（口令只显示这一次，请妥善保存）：\n");
            for (FirstStartCredentials.Login login : logins) {
                out.append(String.format("    %-10s %-16s %-20s 口令：%s%n", login.role(), login.username(),
                        login.unit(), login.password()));
            }
        }
        out.append("====================================================================\n");
        System.out.println(out);
    }
}
