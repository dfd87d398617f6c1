package org.gatewayusers.rest.pop.sgw;

import java.util.function.Function;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.rest.pop.PopAction;
import org.gatewayusers.rest.pop.PopPaging;
import org.gatewayusers.rest.pop.PopResponse;

/** An action of {@link CloudStorageGateway}, with the answers its actions share. */
abstract class SgwAction implements PopAction {

    /** A page as {@link PopPaging#paged} shows it, then hcs-sgw's {@code Code}, {@code Success}, {@code Message}. */
    static <T> PopResponse paged(Page<T> page, String wrapper, String item, Function<T, PopResponse> render) {
        return PopPaging.paged(page, wrapper, item, render).successful();
    }

    static PopResponse task(String taskId) {
        return PopResponse.body().with("TaskId", taskId).successful();
    }
}
