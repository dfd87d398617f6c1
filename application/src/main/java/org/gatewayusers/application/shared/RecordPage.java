package org.gatewayusers.application.shared;

import java.util.List;

/**
 * One page of records in the order of a {@link RecordQuery}.
 *
 * @param records the records of the page
 * @param more    whether more records match after the last of them
 * @param <T>     the records
 */
public record RecordPage<T>(List<T> records, boolean more) {

    public RecordPage {
        records = List.copyOf(records);
    }

    /** The page of {@code rows} read with a limit one above {@code limit}: the extra row only says there is more. */
    public static <T> RecordPage<T> ofOneMore(List<T> rows, int limit) {
        boolean more = rows.size() > limit;
        return new RecordPage<>(more ? rows.subList(0, limit) : rows, more);
    }
}
