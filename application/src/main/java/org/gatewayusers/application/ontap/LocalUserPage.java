package org.gatewayusers.application.ontap;

import java.util.List;

/**
 * One page of local users in the order of the query.
 *
 * @param records the users of the page
 * @param more    whether more users match after the last of them
 */
public record LocalUserPage(List<LocalUserView> records, boolean more) {

    public LocalUserPage {
        records = List.copyOf(records);
    }
}
