package org.gatewayusers.application.shared;

/**
 * Told by the store once its demo scripts have run: each context's composition root then completes
 * its demo through its own use cases (the ONTAP demo SVM gets its CIFS server, with all it brings).
 */
public record DemoDataLoaded() {
}
