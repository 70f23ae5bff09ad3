package cn.nianbao.security;

import cn.nianbao.audit.AuditedPrincipal;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person the provider vouched for, matched to their account: named and authorised as that account, so that the
 * login's success event and audit entry read as a password login's. Only for the moment of the login:
 * {@link SsoLoginSuccess} then signs the session in with the account itself ({@link #account()}).
 */
final class SsoUser implements OidcUser, AuditedPrincipal {

    private final OidcUser vouched;
    private final NianbaoUserDetails account;

    SsoUser(OidcUser vouched, NianbaoUserDetails account) {
        this.vouched = vouched;
        this.account = account;
    }

    NianbaoUserDetails account() {
        return account;
    }

    @Override
    public String getName() {
        return account.getUsername();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    @Override
    public String displayName() {
        return account.displayName();
    }

    @Override
    public String loginDetail() {
        return "通过统一身份认证登录";
    }

    @Override
    public Map<String, Object> getClaims() {
        return vouched.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return vouched.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return vouched.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return vouched.getAttributes();
    }
}
