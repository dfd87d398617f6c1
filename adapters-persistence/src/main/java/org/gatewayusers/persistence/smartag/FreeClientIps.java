package org.gatewayusers.persistence.smartag;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.smartag.CidrBlock;

/**
 * The free client addresses of an instance as disjoint ranges in {@code smartag_free_client_ip}. The lowest free
 * address is the first range's first; taking or freeing an address reads and writes at most two ranges through the
 * primary key, so neither walks the block, however full it is. Every change happens while the instance's row is
 * locked (the caller holds the instance); a change that finds the ranges not as it read them fails.
 */
final class FreeClientIps {

    /** A free range, both ends included. */
    record Range(long first, long last) {

        boolean contains(long ip) {
            return first <= ip && ip <= last;
        }
    }

    private FreeClientIps() {
    }

    /** The instance's free addresses are no longer kept (the instance goes). */
    static void forget(EntityManager em, String instance) {
        em.createNativeQuery("DELETE FROM smartag_free_client_ip WHERE instance_id = ?1")
                .setParameter(1, instance)
                .executeUpdate();
    }

    /** Every client address of the block becomes free (an instance's new block, which holds no user). */
    static void reset(EntityManager em, String instance, CidrBlock block) {
        forget(em, instance);
        insert(em, instance, block.firstClientAddress().value(), block.lastClientAddress().value());
    }

    static Optional<Range> lowest(EntityManager em, String instance) {
        return single(em.createNativeQuery("SELECT first_ip, last_ip FROM smartag_free_client_ip"
                        + " WHERE instance_id = ?1 ORDER BY first_ip LIMIT 1")
                .setParameter(1, instance)
                .getResultList());
    }

    /** The free range holding the address, if it is free. */
    static Optional<Range> containing(EntityManager em, String instance, long ip) {
        return atOrBefore(em, instance, ip).filter(range -> range.contains(ip));
    }

    /** Takes a free address out of the range that holds it. */
    static void take(EntityManager em, String instance, Range range, long ip) {
        if (!range.contains(ip)) {
            throw new IllegalArgumentException(ip + " is not in " + range);
        }
        if (range.first() == ip && range.last() == ip) {
            expectOne(em.createNativeQuery("DELETE FROM smartag_free_client_ip WHERE instance_id = ?1 AND first_ip = ?2")
                    .setParameter(1, instance).setParameter(2, range.first()).executeUpdate());
        } else if (range.first() == ip) {
            moveFirst(em, instance, range.first(), ip + 1);
        } else if (range.last() == ip) {
            setLast(em, instance, range.first(), ip - 1);
        } else {
            setLast(em, instance, range.first(), ip - 1);
            insert(em, instance, ip + 1, range.last());
        }
    }

    /** Frees a taken address, joining it to the free ranges beside it. */
    static void free(EntityManager em, String instance, long ip) {
        Optional<Range> before = atOrBefore(em, instance, ip);
        if (before.isPresent() && before.get().contains(ip)) {
            throw new IllegalStateException("address " + ip + " of " + instance + " is free already");
        }
        Optional<Range> after = single(em.createNativeQuery("SELECT first_ip, last_ip FROM smartag_free_client_ip"
                        + " WHERE instance_id = ?1 AND first_ip = ?2")
                .setParameter(1, instance).setParameter(2, ip + 1)
                .getResultList());
        boolean joinsBefore = before.isPresent() && before.get().last() == ip - 1;
        if (joinsBefore && after.isPresent()) {
            expectOne(em.createNativeQuery("DELETE FROM smartag_free_client_ip WHERE instance_id = ?1 AND first_ip = ?2")
                    .setParameter(1, instance).setParameter(2, after.get().first()).executeUpdate());
            setLast(em, instance, before.get().first(), after.get().last());
        } else if (joinsBefore) {
            setLast(em, instance, before.get().first(), ip);
        } else if (after.isPresent()) {
            moveFirst(em, instance, after.get().first(), ip);
        } else {
            insert(em, instance, ip, ip);
        }
    }

    private static Optional<Range> atOrBefore(EntityManager em, String instance, long ip) {
        return single(em.createNativeQuery("SELECT first_ip, last_ip FROM smartag_free_client_ip"
                        + " WHERE instance_id = ?1 AND first_ip <= ?2 ORDER BY first_ip DESC LIMIT 1")
                .setParameter(1, instance).setParameter(2, ip)
                .getResultList());
    }

    private static Optional<Range> single(List<?> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Range(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    private static void insert(EntityManager em, String instance, long first, long last) {
        expectOne(em.createNativeQuery("INSERT INTO smartag_free_client_ip (instance_id, first_ip, last_ip)"
                        + " VALUES (?1, ?2, ?3)")
                .setParameter(1, instance).setParameter(2, first).setParameter(3, last)
                .executeUpdate());
    }

    private static void moveFirst(EntityManager em, String instance, long first, long newFirst) {
        expectOne(em.createNativeQuery("UPDATE smartag_free_client_ip SET first_ip = ?3"
                        + " WHERE instance_id = ?1 AND first_ip = ?2")
                .setParameter(1, instance).setParameter(2, first).setParameter(3, newFirst)
                .executeUpdate());
    }

    private static void setLast(EntityManager em, String instance, long first, long newLast) {
        expectOne(em.createNativeQuery("UPDATE smartag_free_client_ip SET last_ip = ?3"
                        + " WHERE instance_id = ?1 AND first_ip = ?2")
                .setParameter(1, instance).setParameter(2, first).setParameter(3, newLast)
                .executeUpdate());
    }

    private static void expectOne(int rows) {
        if (rows != 1) {
            throw new IllegalStateException("the free client addresses changed meanwhile: is the instance held?");
        }
    }
}
