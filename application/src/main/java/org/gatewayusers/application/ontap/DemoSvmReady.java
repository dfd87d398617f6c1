package org.gatewayusers.application.ontap;

/**
 * Told by the store once the demo SVM exists: the composition root then gives it its CIFS server
 * through {@link CreateCifsServer}, so the demo gets what any CIFS server brings.
 */
public record DemoSvmReady(String svmUuid, String cifsServerName) {
}
