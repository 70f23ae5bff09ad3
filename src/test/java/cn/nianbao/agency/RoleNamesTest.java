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
        assertThat(constants).hasSize(Role.values().length);
        for (Field field : constants) {
            assertThat(field.get(null)).isEqualTo(field.getName());
            assertThat(Role.valueOf(field.getName())).isNotNull();
        }
    }
}
