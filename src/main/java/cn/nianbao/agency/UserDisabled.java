package cn.nianbao.agency;

/** A person can no longer log in; whoever holds their open work must take it over (the workflow listens). */
public record UserDisabled(long userId, String username, long agencyId) {}
