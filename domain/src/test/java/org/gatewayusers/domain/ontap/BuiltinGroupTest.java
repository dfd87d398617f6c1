package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The groups of the BUILTIN domain that every CIFS server brings, with their well-known SIDs (S-1-5-32-x). */
class BuiltinGroupTest {

    @ParameterizedTest(name = "{0}: BUILTIN\\{1} {2}")
    @CsvSource({
            "ADMINISTRATORS,   Administrators,   S-1-5-32-544",
            "USERS,            Users,            S-1-5-32-545",
            "GUESTS,           Guests,           S-1-5-32-546",
            "POWER_USERS,      Power Users,      S-1-5-32-547",
            "BACKUP_OPERATORS, Backup Operators, S-1-5-32-551"})
    void has_its_well_known_name_and_sid(BuiltinGroup group, String name, String sid) {
        assertEquals("BUILTIN\\" + name, group.groupName().qualified());
        assertEquals(new Sid(sid), group.sid());
    }

    @Test
    void are_exactly_these_five() {
        assertEquals(List.of("BUILTIN\\Administrators", "BUILTIN\\Users", "BUILTIN\\Guests", "BUILTIN\\Power Users",
                "BUILTIN\\Backup Operators"),
                Arrays.stream(BuiltinGroup.values()).map(group -> group.groupName().qualified()).toList());
    }

    @ParameterizedTest
    @EnumSource(BuiltinGroup.class)
    void lives_in_the_builtin_domain(BuiltinGroup group) {
        assertTrue(group.groupName().isBuiltin());
        assertEquals(LocalGroupName.BUILTIN, group.groupName().domain());
        assertTrue(group.sid().value().startsWith("S-1-5-32-"));
    }

    @ParameterizedTest
    @EnumSource(BuiltinGroup.class)
    void is_found_by_its_qualified_name_in_any_case(BuiltinGroup group) {
        String written = group.groupName().qualified().toLowerCase(java.util.Locale.ROOT);

        assertEquals(group.groupName().key(), LocalGroupName.lookUp(written, new CifsServerName("SMB_SERVER01")).key());
    }
}
