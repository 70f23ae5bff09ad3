package cn.nianbao.report;

import cn.nianbao.base.UserFacingException;

/** Someone else saved the report since this person loaded it. */
public class ConcurrentEditException extends UserFacingException {

    public ConcurrentEditException() {
        super("该报告已被他人修改。您的输入仍在页面上，请复制保存后刷新页面再合并修改。");
    }
}
