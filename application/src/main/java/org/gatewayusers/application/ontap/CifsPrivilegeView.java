package org.gatewayusers.application.ontap;

import java.util.List;

/** What a client sees of one holder's privileges: the SVM, the holder's qualified name, the privileges' names. */
public record CifsPrivilegeView(String svmUuid, String svmName, String name, List<String> privileges) {

    public CifsPrivilegeView {
        privileges = List.copyOf(privileges);
    }
}
