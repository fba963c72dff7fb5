package org.fazhi.org.access;

import org.fazhi.shared.BusinessException;
import org.fazhi.shared.OneOffJob;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code java -jar fazhi.jar reset-password <用户名>}: gives an account a new generated password, unlocks it, and
 * prints the password once. For an administrator locked out of the web pages; the reset is audited.
 */
@Component
class ResetPasswordJob implements OneOffJob {

    private final AccountManagement management;

    ResetPasswordJob(AccountManagement management) {
        this.management = management;
    }

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public String description() {
        return "重置指定账号的口令并解除锁定：reset-password <用户名>";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() != 1 || arguments.get(0).isBlank()) {
            System.out.println("用法：java -jar fazhi.jar reset-password <用户名>");
            return 2;
        }
        try {
            AccountManagement.IssuedPassword issued = management.resetPasswordFromCommandLine(arguments.get(0).trim());
            System.out.println("已重置账号 " + issued.username() + "（" + issued.displayName() + "）的口令并解除锁定。");
            System.out.println("新口令（只显示这一次）：" + issued.password());
            return 0;
        } catch (BusinessException e) {
            System.out.println(e.getMessage());
            return 1;
        }
    }
}
