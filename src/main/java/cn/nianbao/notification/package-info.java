/**
 * In-app notifications: 催办, returns, new tasks and copies reach a person as a message with a link, counted as
 * unread until they open it. {@link cn.nianbao.notification.NotificationService} is the whole interface.
 */
package cn.nianbao.notification;
