package cn.nianbao.agency;

/** Someone to notify: the user name to address and the name to print. */
public record Person(String username, String displayName) {
}
