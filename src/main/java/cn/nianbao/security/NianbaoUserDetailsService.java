package cn.nianbao.security;

import cn.nianbao.agency.AppUserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person as Spring Security sees them, read afresh. The login asks it only after the lockouts let the attempt
 * through ({@link ThrottledLoginProvider}).
 */
@Service
class NianbaoUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    NianbaoUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(NianbaoUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
