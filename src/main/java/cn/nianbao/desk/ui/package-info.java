/** The task screens: 待办 inbox, the draft and review screens of each step, the agency's reports. */
package cn.nianbao.desk.ui;
