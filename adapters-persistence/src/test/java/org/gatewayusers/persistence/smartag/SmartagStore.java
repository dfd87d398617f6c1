package org.gatewayusers.persistence.smartag;

import jakarta.persistence.EntityManager;

/** The repositories on one persistence context, as CDI would inject them. */
final class SmartagStore {

    private SmartagStore() {
    }

    static JpaSagInstances instances(EntityManager em) {
        JpaSagInstances instances = new JpaSagInstances();
        instances.em = em;
        return instances;
    }

    static JpaClientUsers users(EntityManager em) {
        JpaClientUsers users = new JpaClientUsers();
        users.em = em;
        return users;
    }

    static JpaClientIps clientIps(EntityManager em) {
        JpaClientIps clientIps = new JpaClientIps();
        clientIps.em = em;
        return clientIps;
    }
}
