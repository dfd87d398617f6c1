package org.gatewayusers.rest.operations;

import io.smallrye.openapi.api.OpenApiConfig;
import io.smallrye.openapi.api.OpenApiConfigImpl;
import io.smallrye.openapi.api.util.FilterUtil;
import io.smallrye.openapi.runtime.OpenApiProcessor;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.gatewayusers.rest.pop.PopAction;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

/**
 * Builds the OpenAPI document when the WAR is built (adapters-rest's {@code prepare-package}), so that the server does
 * not at every start: scans the JAX-RS resources of {@code org.gatewayusers.rest} with SmallRye OpenAPI, the
 * implementation of Open Liberty's {@code mpOpenAPI-3.1}, applies {@link ApiDocument} with one instance of every RPC
 * action class, and writes the document where MicroProfile OpenAPI reads a static one
 * ({@code WEB-INF/classes/META-INF/openapi.json}).
 * <p>
 * Arguments: the compiled classes' directory, the document to write.
 */
public final class ApiDocumentBuild {

    static final String SCANNED = "org.gatewayusers.rest";

    private ApiDocumentBuild() {
    }

    public static void main(String[] arguments) throws IOException, ReflectiveOperationException {
        Path classes = Path.of(arguments[0]);
        Path document = Path.of(arguments[1]);
        Files.createDirectories(document.getParent());
        Files.writeString(document, json(classes), StandardCharsets.UTF_8);
    }

    /** The document of the application whose classes are in {@code classes}, as JSON. */
    static String json(Path classes) throws IOException, ReflectiveOperationException {
        Index index = index(classes.resolve(SCANNED.replace('.', '/')));
        OpenApiConfig config = OpenApiConfigImpl.fromConfig(new SettingsOf(Map.of("mp.openapi.scan.packages", SCANNED)));
        ClassLoader loader = ApiDocumentBuild.class.getClassLoader();
        OpenAPI model = OpenApiProcessor.modelFromAnnotations(config, loader, index);
        model = FilterUtil.applyFilter(new ApiDocument(actions(index, loader)), model);
        return OpenApiSerializer.serialize(model, Format.JSON);
    }

    /** The MicroProfile Config the scanner reads its settings from: these settings, SmallRye's defaults otherwise. */
    private record SettingsOf(Map<String, String> settings) implements Config {

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(settings.get(name)).map(value -> type.cast(switch (type.getName()) {
                case "java.lang.String" -> value;
                case "java.lang.Boolean" -> Boolean.valueOf(value);
                case "[Ljava.lang.String;" -> value.split(",");
                default -> throw new IllegalArgumentException(name + " as " + type);
            }));
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return settings.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException(type.getName());
        }
    }

    private static Index index(Path root) throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }

    /** One instance of each concrete class that implements {@link PopAction}, built with its no-argument constructor. */
    static List<PopAction> actions(Index index, ClassLoader loader) throws ReflectiveOperationException {
        List<PopAction> actions = new ArrayList<>();
        for (ClassInfo info : index.getAllKnownImplementors(DotName.createSimple(PopAction.class.getName()))) {
            Class<?> type = Class.forName(info.name().toString(), false, loader);
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            actions.add((PopAction) constructor.newInstance());
        }
        if (actions.isEmpty()) {
            throw new IllegalStateException("no RPC action class under " + SCANNED);
        }
        return actions;
    }
}
