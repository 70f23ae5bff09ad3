package cn.nianbao.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Reads the user name from the claim {@code nianbao.sso.username-claim} names and finds its account. */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SsoAccounts accounts;
    private final String usernameClaim;

    SsoUserService(SsoAccounts accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        Object name = vouched.getClaims().get(usernameClaim);
        return new SsoUser(
                vouched,
                accounts.accountFor(name == null ? null : name.toString().trim()));
    }
}
