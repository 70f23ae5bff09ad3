package cn.nianbao.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleNamesTest {

    @Test
    void every_role_has_its_name_as_a_constant_and_every_constant_names_a_role() throws Exception {
        var constants = Arrays.stream(RoleNames.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .toList();
        for (Field field : constants) {
            assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
        }
        // both directions: a role without a constant, or a constant naming no role, fails here
        assertThat(constants.stream().map(Field::getName))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
    }
}
