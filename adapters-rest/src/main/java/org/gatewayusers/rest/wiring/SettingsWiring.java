package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gatewayusers.application.shared.Settings;

/**
 * The service's {@link Settings}, read through MicroProfile Config: a system property, then an environment variable
 * of the setting's name (Open Liberty's {@code server.env} included), then a {@code microprofile-config.properties}.
 */
@ApplicationScoped
public class SettingsWiring {

    @Produces
    @Singleton
    Settings settings() {
        Config config = ConfigProvider.getConfig(SettingsWiring.class.getClassLoader());
        return new Settings(name -> config.getOptionalValue(name, String.class));
    }
}
