package org.gatewayusers.rest.pop;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The application's actions by {@code Action} and {@code Version} (a real action's version is its product's), built
 * once so that a call is a look-up. The name is looked up before the version is read: an unknown name is
 * {@code InvalidAction.NotFound} whatever the version, a known one without {@code Version} is {@code MissingParameter},
 * and a known one in another version {@code InvalidVersion}.
 */
final class PopDispatch {

    private final Map<String, Map<String, PopAction>> byName;

    private PopDispatch(Map<String, Map<String, PopAction>> byName) {
        this.byName = byName;
    }

    /** Two actions of one name and version are a fault of the application: one of them would never run. */
    static PopDispatch of(Collection<? extends PopAction> actions) {
        Map<String, Map<String, PopAction>> byName = new HashMap<>();
        for (PopAction action : actions) {
            PopAction twin = byName.computeIfAbsent(action.name(), name -> new HashMap<>())
                    .putIfAbsent(action.version(), action);
            if (twin != null) {
                throw new IllegalStateException("two RPC actions " + action.name() + " of version " + action.version());
            }
        }
        byName.replaceAll((name, versions) -> Map.copyOf(versions));
        return new PopDispatch(Map.copyOf(byName));
    }

    PopAction actionFor(PopRequest request) {
        String name = request.required("Action");
        Map<String, PopAction> versions = byName.get(name);
        if (versions == null) {
            throw new PopException(PopErrors.actionNotFound(name));
        }
        PopAction action = versions.get(request.required("Version"));
        if (action == null) {
            throw new PopException(PopErrors.invalidVersion());
        }
        return action;
    }
}
