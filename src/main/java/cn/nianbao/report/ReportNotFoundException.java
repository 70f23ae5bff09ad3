package cn.nianbao.report;

import cn.nianbao.base.UserFacingException;

/** No report with that id that the person may see: the same answer whether it does not exist or is not theirs. */
public class ReportNotFoundException extends UserFacingException {

    public ReportNotFoundException() {
        super("报告不存在或您无权查看。");
    }
}
