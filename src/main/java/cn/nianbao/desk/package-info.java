/**
 * The approval desk (办公台) a person works at: 待办 with due dates, the task screens (draft, review, delegate), the
 * agency's reports and one report's page ({@code desk.ui}), each person's 常用意见 ({@code desk.opinions}). It drives
 * the chain through {@code workflow} and shows what {@code report} and {@code deadline} say; it holds no rule of the
 * chain of its own.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agency",
            "audit",
            "base",
            "base :: ui",
            "deadline",
            "pdf",
            "report",
            "report :: format",
            "report :: word",
            "report :: ui",
            "security",
            "workflow"
        })
package cn.nianbao.desk;
