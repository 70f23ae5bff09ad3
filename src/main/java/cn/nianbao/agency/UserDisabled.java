package cn.nianbao.agency;

/**
 * A person can no longer log in (their sessions end once it commits). Their open work has been passed on before
 * through {@link OpenWorkHandover}.
 */
public record UserDisabled(long userId, String username, long agencyId) {}
