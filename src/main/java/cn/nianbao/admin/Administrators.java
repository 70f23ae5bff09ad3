package cn.nianbao.admin;

import cn.nianbao.agency.Role;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import org.springframework.stereotype.Component;

/** The check every administrative action starts with: the signed-in person holds the one role it needs. */
@Component
class Administrators {

    private final CurrentActor currentActor;

    Administrators(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    Actor require(Role role) {
        return currentActor.require(role, "只有" + role.label() + "可以进行此操作。");
    }
}
