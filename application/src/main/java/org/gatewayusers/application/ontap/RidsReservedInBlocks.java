package org.gatewayusers.application.ontap;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * {@link Rids} handed out by this server from blocks it has reserved in the shared store ({@link RidBlocks}): one
 * reservation, in its own short transaction, for every {@code blockSize} RIDs of an SVM, and no lock on the SVM in the
 * transactions that use them. What is unique across servers and crashes is the store's counter: a block is this
 * server's alone, and the RIDs left of a block when the server stops are never handed out.
 *
 * <p>The next block is reserved once half of the current one is handed out, by the request that hands out that RID
 * and outside the lock the others take: they go on with the current block meanwhile instead of waiting for the store.
 * One instance per server (the composition root's), shared by every thread.
 */
public final class RidsReservedInBlocks implements Rids {

    private final RidBlocks blocks;
    private final int blockSize;
    private final ConcurrentMap<SvmUuid, Reserved> reserved = new ConcurrentHashMap<>();

    /**
     * The RIDs of one SVM this server has reserved and not handed out yet: {@code next} up to, not including,
     * {@code end}, then the block reserved ahead, if any ({@code ahead}, 0 for none).
     */
    private static final class Reserved {
        private long next;
        private long end;
        private long ahead;
        private boolean reservingAhead;
    }

    public RidsReservedInBlocks(RidBlocks blocks, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("a block holds at least one RID: " + blockSize);
        }
        this.blocks = blocks;
        this.blockSize = blockSize;
    }

    @Override
    public Rid next(SvmUuid svm) {
        Reserved rids = reserved.computeIfAbsent(svm, any -> new Reserved());
        Rid rid;
        boolean reserveAhead;
        synchronized (rids) {
            if (rids.next == rids.end) {
                // the first block, or the next one not reserved yet: the others of the SVM wait for this one
                long first = rids.ahead != 0 ? rids.ahead : blocks.reserve(svm, blockSize).value();
                rids.ahead = 0;
                rids.next = first;
                rids.end = first + blockSize;
            }
            rid = new Rid(rids.next++);
            reserveAhead = !rids.reservingAhead && rids.ahead == 0 && rids.end - rids.next <= blockSize / 2;
            rids.reservingAhead |= reserveAhead;
        }
        if (reserveAhead) {
            reserveAhead(svm, rids);
        }
        return rid;
    }

    private void reserveAhead(SvmUuid svm, Reserved rids) {
        long first = 0;
        try {
            first = blocks.reserve(svm, blockSize).value();
        } finally {
            synchronized (rids) {
                rids.reservingAhead = false;
                if (rids.ahead == 0) {
                    rids.ahead = first;
                }
            }
        }
    }
}
