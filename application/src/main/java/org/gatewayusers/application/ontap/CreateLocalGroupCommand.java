package org.gatewayusers.application.ontap;

import java.util.List;
import org.gatewayusers.domain.ontap.SvmSelector;

/** {@code POST /api/protocols/cifs/local-groups}: a name (required), a description, first members by name or SID. */
public record CreateLocalGroupCommand(SvmSelector svm, String name, String description, List<String> members) {

    public CreateLocalGroupCommand {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
