package org.gatewayusers.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code TotalCount}, {@code PageNumber}, {@code PageSize} and the items on it. */
public record Page<T>(long totalCount, int pageNumber, int pageSize, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page a request asked for, holding {@code items} shown through {@code view}. */
    public static <S, T> Page<T> of(PageRequest request, long totalCount, List<S> items, Function<S, T> view) {
        return new Page<>(totalCount, request.pageNumber(), request.pageSize(), items.stream().map(view).toList());
    }
}
