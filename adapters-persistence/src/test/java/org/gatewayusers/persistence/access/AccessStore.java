package org.gatewayusers.persistence.access;

import jakarta.persistence.EntityManager;

/** The repositories of the access context on one persistence context, as CDI would inject them. */
final class AccessStore {

    private AccessStore() {
    }

    static JpaApiAccounts accounts(EntityManager em) {
        JpaApiAccounts accounts = new JpaApiAccounts();
        accounts.em = em;
        return accounts;
    }
}
