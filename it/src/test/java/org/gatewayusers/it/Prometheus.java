package org.gatewayusers.it;

import java.util.Arrays;
import java.util.Map;

/** Reads samples of a Prometheus text exposition: a metric's value summed over the series that carry given labels. */
final class Prometheus {

    private final String text;

    Prometheus(String text) {
        this.text = text;
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}; 0 when there is none. */
    double sum(String name, Map<String, String> labels) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    boolean has(String name, Map<String, String> labels) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") && labels.entrySet().stream()
                .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")));
    }

    boolean describes(String name) {
        return Arrays.stream(new String[] {"# HELP " + name + " ", "# TYPE " + name + " "})
                .allMatch(prefix -> text.lines().anyMatch(line -> line.startsWith(prefix)));
    }

    @Override
    public String toString() {
        return text;
    }
}
