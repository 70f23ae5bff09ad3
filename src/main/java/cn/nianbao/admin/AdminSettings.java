package cn.nianbao.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first start of a production database: {@code nianbao.admin.initial-password} (environment
 * {@code NIANBAO_ADMIN_INITIAL_PASSWORD}) for the three administrators, required then and unused afterwards, and
 * {@code nianbao.admin.root-agency-name}, the top agency they belong to (本级人民政府 unless configured).
 */
@ConfigurationProperties("nianbao.admin")
public record AdminSettings(String initialPassword, String rootAgencyName) {

    public AdminSettings {
        initialPassword = initialPassword == null ? "" : initialPassword;
        if (rootAgencyName == null || rootAgencyName.isBlank()) {
            rootAgencyName = "本级人民政府";
        }
    }
}
