package org.gatewayusers.persistence.sgw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gatewayusers.application.sgw.Tasks;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskId;

/**
 * The task queue that several servers share. A claim is one conditional UPDATE: the database decides which worker
 * gets a task, and the row lock it takes makes a second claimer of the same row find it no longer claimable.
 */
@ApplicationScoped
class JpaTasks implements Tasks {

    /**
     * Picks the oldest of the claimable tasks that head their gateway's queue (no unfinished task of the gateway has a
     * lower sequence) and claims it; the outer condition is checked again on the row itself once its lock is held.
     */
    static final String CLAIM = """
            UPDATE sgw_task
               SET state = 'RUNNING', claimed_by = ?1, claim_token = ?2, lease_until = ?3, updated_at = ?4
             WHERE id = (SELECT t.id FROM sgw_task t
                          WHERE (t.state = 'INITIALIZED' OR (t.state = 'RUNNING' AND t.lease_until <= ?4))
                            AND NOT EXISTS (SELECT 1 FROM sgw_task e
                                             WHERE e.gateway_id = t.gateway_id
                                               AND e.state IN ('INITIALIZED', 'RUNNING')
                                               AND e.sequence_number < t.sequence_number)
                          ORDER BY t.created_at, t.sequence_number, t.id
                          FETCH FIRST 1 ROWS ONLY)
               AND (state = 'INITIALIZED' OR (state = 'RUNNING' AND lease_until <= ?4))
            """;

    /** Only while the worker still holds the claim; a failure reason is set by its own statement, never bound as null. */
    static final String FINISH = """
            UPDATE sgw_task
               SET state = ?1, progress = ?2, updated_at = ?3, failure = NULL,
                   claimed_by = NULL, claim_token = NULL, lease_until = NULL
             WHERE id = ?4 AND state = 'RUNNING' AND claimed_by = ?5
            """;

    static final String FAIL = """
            UPDATE sgw_task
               SET state = ?1, progress = ?2, updated_at = ?3, failure = ?6,
                   claimed_by = NULL, claim_token = NULL, lease_until = NULL
             WHERE id = ?4 AND state = 'RUNNING' AND claimed_by = ?5
            """;

    static final String RELEASE_EXPIRED = """
            UPDATE sgw_task
               SET state = 'INITIALIZED', progress = 0, updated_at = ?1,
                   claimed_by = NULL, claim_token = NULL, lease_until = NULL
             WHERE state = 'RUNNING' AND lease_until <= ?1
            """;

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public void add(Task task) {
        em.persist(TaskMapper.toNewEntity(task));
        em.flush();
    }

    @Override
    public Optional<Task> withId(TaskId id) {
        return Optional.ofNullable(em.find(TaskEntity.class, id.value())).map(TaskMapper::toDomain);
    }

    @Override
    public List<Task> ofGateway(GatewayId gateway, int offset, int limit) {
        return em.createQuery("SELECT t FROM TaskEntity t WHERE t.gatewayId = :gateway ORDER BY t.sequence DESC",
                        TaskEntity.class)
                .setParameter("gateway", gateway.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(TaskMapper::toDomain)
                .toList();
    }

    @Override
    public long countOfGateway(GatewayId gateway) {
        return em.createQuery("SELECT COUNT(t) FROM TaskEntity t WHERE t.gatewayId = :gateway", Long.class)
                .setParameter("gateway", gateway.value())
                .getSingleResult();
    }

    @Override
    public boolean hasUnfinishedFor(GatewayId gateway, SmbUserName user) {
        return !em.createQuery("SELECT t.id FROM TaskEntity t WHERE t.gatewayId = :gateway AND t.usernameKey = :user"
                        + " AND t.state IN ('INITIALIZED', 'RUNNING')", String.class)
                .setParameter("gateway", gateway.value())
                .setParameter("user", user.key())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Task> claimNext(String workerId, Instant now, Instant leaseUntil) {
        String token = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, workerId)
                .setParameter(2, token)
                .setParameter(3, leaseUntil.getEpochSecond())
                .setParameter(4, now.getEpochSecond())
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        TaskEntity entity = em.createQuery("SELECT t FROM TaskEntity t WHERE t.claimToken = :token", TaskEntity.class)
                .setParameter("token", token)
                .getSingleResult();
        // the row was written past the persistence context, which may hold an older copy
        em.refresh(entity);
        return Optional.of(TaskMapper.toDomain(entity));
    }

    @Override
    public void finish(Task task, String workerId) {
        if (!task.isFinished()) {
            throw new IllegalArgumentException("task " + task.id() + " is " + task.state() + ", not finished");
        }
        em.flush();
        var statement = em.createNativeQuery(task.failure().isPresent() ? FAIL : FINISH)
                .setParameter(1, task.state().name())
                .setParameter(2, task.progress())
                .setParameter(3, task.updatedAt().getEpochSecond())
                .setParameter(4, task.id().value())
                .setParameter(5, workerId);
        task.failure().ifPresent(reason -> statement.setParameter(6, reason.name()));
        int finished = statement.executeUpdate();
        if (finished != 1) {
            throw new IllegalStateException("worker " + workerId + " no longer holds task " + task.id());
        }
        refreshIfManaged(task.id());
    }

    @Override
    public int releaseExpired(Instant now) {
        em.flush();
        int released = em.createNativeQuery(RELEASE_EXPIRED)
                .setParameter(1, now.getEpochSecond())
                .executeUpdate();
        return released;
    }

    private void refreshIfManaged(TaskId id) {
        TaskEntity managed = em.find(TaskEntity.class, id.value());
        if (managed != null) {
            em.refresh(managed);
        }
    }
}
