package cn.nianbao.desk;

import java.util.Arrays;
import java.util.Optional;

/** The two paper forms of a report's chain, printed from its page. */
public enum ApprovalForm {
    /** 政府信息公开保密审查审批表: what the 保密审查 and the leaders said about publishing it. */
    SECRECY_REVIEW("secrecy-review", "政府信息公开保密审查审批表"),
    /** 签发单: the same steps as the document's sign-off sheet. */
    SIGN_OFF("sign-off", "政府信息公开工作年度报告签发单");

    private final String slug;
    private final String title;

    ApprovalForm(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** Its name in the address: {@code /forms/reports/{id}/sign-off.pdf}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static Optional<ApprovalForm> ofSlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
