package cn.nianbao.e2e;

/** Who goes through B8's rounds: one agency's 经办人员, 保密审查员, 分管领导 and 主要领导, with one password. */
record B8People(String agencyName, String handler, String secrecy, String supervisor, String lead, String password) {}
