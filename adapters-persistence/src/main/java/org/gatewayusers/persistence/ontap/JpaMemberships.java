package org.gatewayusers.persistence.ontap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.gatewayusers.application.ontap.GroupMemberField;
import org.gatewayusers.application.ontap.LocalGroupView;
import org.gatewayusers.application.ontap.LocalUserView;
import org.gatewayusers.application.ontap.Memberships;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.persistence.shared.QuerySql;
import org.gatewayusers.persistence.shared.SqlDialect;

/**
 * The rows of {@code cifs_group_member} (SVM, group SID, member SID), read for a whole page at once and written a
 * row at a time: adding a user to a group touches that one row, never the group's other members.
 */
@ApplicationScoped
class JpaMemberships implements Memberships {

    /** How many SIDs one {@code IN} list holds at most. */
    private static final int BATCH = 500;
    /** The groups of each of some users: their names and SIDs, by {@code (svm, member)} pairs. */
    static final String GROUPS_OF = "SELECT m.member_sid, g.name, g.sid FROM cifs_group_member m"
            + " JOIN cifs_local_group g ON g.svm_uuid = m.svm_uuid AND g.sid = m.group_sid"
            + " WHERE (m.svm_uuid, m.member_sid) IN (%s) ORDER BY g.name_key";
    /**
     * The members of one group, their names and SIDs, on the first two columns of the membership key: one statement
     * per group, as H2 uses {@code (svm, sid)} pairs only on an index of exactly those two columns and joins a list
     * of groups to their members in the wrong order.
     */
    static final String MEMBERS_OF_ONE = "SELECT m.group_sid, u.name, u.sid FROM cifs_group_member m"
            + " JOIN cifs_local_user u ON u.svm_uuid = m.svm_uuid AND u.sid = m.member_sid"
            + " WHERE m.svm_uuid = ?1 AND m.group_sid = ?2 ORDER BY u.name_key";

    /** The members of groups, each a user's row: filtered, ordered and paged by the user's name. */
    static final QuerySql<GroupMemberField> MEMBERS = new QuerySql<>("cifs_group_member m JOIN cifs_local_user u"
            + " ON u.svm_uuid = m.svm_uuid AND u.sid = m.member_sid", "1 = 1",
            Map.of(GroupMemberField.NAME, QuerySql.Field.name("u.name", "u.name_key", "u.short_key"),
                    GroupMemberField.SVM_UUID, QuerySql.Field.of(QuerySql.Kind.LOWER_CANONICAL, "m.svm_uuid", false),
                    GroupMemberField.SVM_NAME, QuerySql.Field.of(QuerySql.Kind.TEXT,
                            "(SELECT s.name FROM svm s WHERE s.uuid = m.svm_uuid)", false)));

    /**
     * The same members read from the users' side: one SVM's users in the query's order, each kept when it is a
     * member ({@code m} a look-up by the membership's key), so that the LIMIT stops a read of the users' name index
     * (V17's, named for H2, which otherwise reads the SVM's users in the primary key's order and sorts them).
     */
    static final QuerySql<GroupMemberField> MEMBERS_IN_USER_ORDER = new QuerySql<>(
            "cifs_local_user u USE INDEX (cifs_local_user_by_name)", "1 = 1",
            Map.of(GroupMemberField.NAME, QuerySql.Field.name("u.name", "u.name_key", "u.short_key"),
                    GroupMemberField.SVM_UUID, QuerySql.Field.of(QuerySql.Kind.LOWER_CANONICAL, "u.svm_uuid", false),
                    GroupMemberField.SVM_NAME, QuerySql.Field.of(QuerySql.Kind.TEXT,
                            "(SELECT s.name FROM svm s WHERE s.uuid = u.svm_uuid)", false)), true);

    /** One group's rows: its SVM, and so the SVM's name, is the same for every member. */
    private static final List<String> OF_GROUP = List.of("m.svm_uuid = ?", "m.group_sid = ?");

    /** One SVM's users that are members of one group. */
    private static final List<String> MEMBER_OF_GROUP = List.of("u.svm_uuid = ?", "EXISTS (SELECT 1 FROM"
            + " cifs_group_member m WHERE m.svm_uuid = u.svm_uuid AND m.member_sid = u.sid AND m.group_sid = ?)");

    /**
     * From how many members on a group's page is read in the users' order on H2: below it, the members' rows are
     * read and sorted (at most this many); from it, the users are read in order until the page is full (for members
     * spread over the names, about the page size times users per member: at most 100 per member of a page at
     * 1,000,000 users; at worst, members all at the end of the order, the SVM's users).
     */
    static final int MANY_MEMBERS = 10_000;

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    /** One statement for the page: the group's rows joined to their users, in the query's order. */
    @Override
    public List<LocalGroupView.Member> members(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query) {
        QuerySql.Statement statement = membersStatement(svm, group, query);
        return QuerySql.rows(em.createNativeQuery(statement.sql()), statement).stream()
                .map(row -> (Object[]) row)
                .map(columns -> new LocalGroupView.Member((String) columns[0], (String) columns[1]))
                .toList();
    }

    /**
     * The statement {@link #members} runs (its plan is tested). On H2, which reads a join of a group of 1,000,000
     * members whole and sorts it, a group of {@link #MANY_MEMBERS} or more (a capped count of its rows says so) is
     * read in the users' order instead; PostgreSQL's planner makes that choice itself.
     */
    QuerySql.Statement membersStatement(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query) {
        Set<GroupMemberField> pinned = Set.of(GroupMemberField.SVM_UUID, GroupMemberField.SVM_NAME);
        List<Object> ofGroup = List.of(svm.value(), group.value());
        if (!SqlDialect.of(em).choosesIndexesByStatistics() && atLeast(svm, group, MANY_MEMBERS)) {
            // the SVM, one value, leads the order (NULLS FIRST) so that H2 reads its users' name index in order
            List<RecordQuery.SortKey<GroupMemberField>> order = new ArrayList<>();
            order.add(new RecordQuery.SortKey<>(GroupMemberField.SVM_UUID, false));
            order.addAll(query.order());
            List<Object> after = null;
            if (query.after() != null) {
                after = new ArrayList<>();
                after.add(svm.value());
                after.addAll(query.after());
            }
            return MEMBERS_IN_USER_ORDER.select("u.name, u.sid",
                    new RecordQuery<>(query.filters(), order, after, query.limit()), pinned, MEMBER_OF_GROUP, ofGroup);
        }
        return MEMBERS.select("u.name, u.sid", query, pinned, OF_GROUP, ofGroup);
    }

    /** Whether the group has at least {@code count} members: reads at most that many index entries. */
    private boolean atLeast(SvmUuid svm, Sid group, int count) {
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM cifs_group_member"
                        + " WHERE svm_uuid = ?1 AND group_sid = ?2 LIMIT " + count + ") AS capped")
                .setParameter(1, svm.value())
                .setParameter(2, group.value())
                .getSingleResult();
        return found.longValue() >= count;
    }

    @Override
    public long countMembers(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query) {
        QuerySql.Statement statement = MEMBERS.count(query, OF_GROUP, List.of(svm.value(), group.value()));
        return ((Number) QuerySql.rows(em.createNativeQuery(statement.sql()), statement).get(0)).longValue();
    }

    @Override
    public Map<Sid, List<LocalUserView.Membership>> groupsOf(SvmUuid svm, Collection<Sid> users) {
        Map<Sid, List<LocalUserView.Membership>> groups = new LinkedHashMap<>();
        inBatches(svm, users, GROUPS_OF,
                (user, columns) -> groups.computeIfAbsent(user, sid -> new ArrayList<>())
                        .add(new LocalUserView.Membership(columns[1], columns[2])));
        return groups;
    }

    @Override
    public Map<Sid, List<LocalGroupView.Member>> membersOf(SvmUuid svm, Collection<Sid> groupSids) {
        Map<Sid, List<LocalGroupView.Member>> members = new LinkedHashMap<>();
        for (Sid group : new LinkedHashSet<>(groupSids)) {
            QuerySql.Statement statement = new QuerySql.Statement(MEMBERS_OF_ONE, List.of(svm.value(), group.value()));
            for (Object result : QuerySql.rows(em.createNativeQuery(statement.sql()), statement)) {
                Object[] columns = (Object[]) result;
                members.computeIfAbsent(group, sid -> new ArrayList<>())
                        .add(new LocalGroupView.Member((String) columns[1], (String) columns[2]));
            }
        }
        return members;
    }

    @Override
    public boolean isMember(SvmUuid svm, Sid group, Sid user) {
        return !em.createNativeQuery("SELECT 1 FROM cifs_group_member WHERE svm_uuid = ?1 AND group_sid = ?2"
                        + " AND member_sid = ?3")
                .setParameter(1, svm.value())
                .setParameter(2, group.value())
                .setParameter(3, user.value())
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(SvmUuid svm, Sid group, Collection<Sid> users) {
        insert(em, svm, group, users);
    }

    @Override
    public void remove(SvmUuid svm, Sid group, Collection<Sid> users) {
        for (Sid user : new LinkedHashSet<>(users)) {
            em.createNativeQuery("DELETE FROM cifs_group_member WHERE svm_uuid = ?1 AND group_sid = ?2"
                            + " AND member_sid = ?3")
                    .setParameter(1, svm.value())
                    .setParameter(2, group.value())
                    .setParameter(3, user.value())
                    .executeUpdate();
        }
    }

    @Override
    public void replaceGroupsOf(SvmUuid svm, Sid user, Collection<Sid> groups) {
        removeUser(svm, user);
        for (Sid group : new LinkedHashSet<>(groups)) {
            insert(em, svm, group, List.of(user));
        }
    }

    @Override
    public void removeUser(SvmUuid svm, Sid user) {
        em.createNativeQuery("DELETE FROM cifs_group_member WHERE svm_uuid = ?1 AND member_sid = ?2")
                .setParameter(1, svm.value())
                .setParameter(2, user.value())
                .executeUpdate();
    }

    /** Adds the rows that are missing, one statement each; a row already there stays once. */
    static void insert(EntityManager em, SvmUuid svm, Sid group, Collection<Sid> users) {
        for (Sid user : new LinkedHashSet<>(users)) {
            em.createNativeQuery("INSERT INTO cifs_group_member (svm_uuid, group_sid, member_sid)"
                            + " SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM cifs_group_member"
                            + " WHERE svm_uuid = ?4 AND group_sid = ?5 AND member_sid = ?6)")
                    .setParameter(1, svm.value())
                    .setParameter(2, group.value())
                    .setParameter(3, user.value())
                    .setParameter(4, svm.value())
                    .setParameter(5, group.value())
                    .setParameter(6, user.value())
                    .executeUpdate();
        }
    }

    /** Runs a query whose first column is one of the SIDs, for at most {@link #BATCH} SIDs at a time. */
    /**
     * {@code sql} with its {@code %s} as {@code (svm, sid)} pairs, rather than {@code svm = ? AND sid IN (...)}:
     * H2 looks each pair up in the index on both columns, where it reads every row of the SVM and filters them by the
     * list (200,000 rows for a page of 20 users of an SVM of 100,000 users in two groups each).
     */
    static QuerySql.Statement bySvmAndSid(String sql, SvmUuid svm, List<Sid> sids) {
        StringBuilder pairs = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < sids.size(); i++) {
            pairs.append(i > 0 ? ", " : "").append("(?").append(2 * i + 1).append(", ?").append(2 * i + 2).append(')');
            parameters.add(svm.value());
            parameters.add(sids.get(i).value());
        }
        return new QuerySql.Statement(sql.formatted(pairs), parameters);
    }

    private void inBatches(SvmUuid svm, Collection<Sid> sids, String sql, BiConsumer<Sid, String[]> row) {
        List<Sid> all = List.copyOf(new LinkedHashSet<>(sids));
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Sid> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            QuerySql.Statement statement = bySvmAndSid(sql, svm, batch);
            for (Object result : QuerySql.rows(em.createNativeQuery(statement.sql()), statement)) {
                Object[] columns = (Object[]) result;
                String[] texts = new String[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    texts[i] = (String) columns[i];
                }
                row.accept(new Sid(texts[0]), texts);
            }
        }
    }
}
