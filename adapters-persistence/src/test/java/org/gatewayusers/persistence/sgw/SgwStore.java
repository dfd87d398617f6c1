package org.gatewayusers.persistence.sgw;

import jakarta.persistence.EntityManager;

/** The repositories on one persistence context, as CDI would inject them. */
final class SgwStore {

    private SgwStore() {
    }

    static JpaStorageBundles bundles(EntityManager em) {
        JpaStorageBundles bundles = new JpaStorageBundles();
        bundles.em = em;
        return bundles;
    }

    static JpaGateways gateways(EntityManager em) {
        JpaGateways gateways = new JpaGateways();
        gateways.em = em;
        return gateways;
    }

    static JpaSmbUsers smbUsers(EntityManager em) {
        JpaSmbUsers users = new JpaSmbUsers();
        users.em = em;
        return users;
    }

    static JpaTasks tasks(EntityManager em) {
        JpaTasks tasks = new JpaTasks();
        tasks.em = em;
        return tasks;
    }
}
