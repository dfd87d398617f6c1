package org.gatewayusers.rest.ontap.query;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.shared.RecordQuery;

/**
 * One ONTAP filter, {@code field=value}: the value is a list of alternatives separated by {@code |}, and a record
 * matches when any alternative does. Each alternative is an optional {@code !} (the complement of the rest), then an
 * optional comparison ({@code <}, {@code >}, {@code <=}, {@code >=}), then an operand: {@code null} (no value),
 * a glob with {@code *} wildcards, or a value.
 *
 * <p>Where the path crosses arrays, the positive form matches when ANY value at the path matches; {@code !} being
 * the complement, {@code membership.name=!Administrators} finds the users in no group of that name, and
 * {@code description=!x} also finds the users without a description (ask {@code description=!x&description=!null}
 * for the others). Comparisons are numeric when the stored value is a JSON number and the operand a number, otherwise
 * case-insensitive on text; booleans read as {@code true}/{@code false}.
 */
public final class QueryFilter {

    private final String field;
    private final String[] path;
    private final List<Alternative> alternatives;

    private QueryFilter(String field, List<Alternative> alternatives) {
        this.field = field;
        this.path = QueryValues.path(field);
        this.alternatives = List.copyOf(alternatives);
    }

    /** The filter of one query parameter naming a field of the schema; every value is a valid filter. */
    static QueryFilter parse(String field, String value, CollectionSchema schema) {
        boolean domainQualified = schema.isDomainQualified(field);
        List<Alternative> alternatives = new ArrayList<>();
        for (String alternative : value.split("\\|", -1)) {
            alternatives.add(Alternative.parse(alternative, domainQualified));
        }
        return new QueryFilter(field, alternatives);
    }

    /** The field filtered on, e.g. {@code membership.name}. */
    String field() {
        return field;
    }

    /** The alternatives in the application's terms. */
    List<RecordQuery.Alternative> typed() {
        return alternatives.stream().map(Alternative::typed).toList();
    }

    /** Whether a record without any value at the field passes (a documented field this service does not model). */
    boolean matchesNothingThere() {
        return alternatives.stream().anyMatch(alternative -> alternative.matches(List.of()));
    }

    /** Whether a record whose values at the field are these passes (a field every record has the same values of). */
    boolean matches(List<JsonValue> values) {
        return alternatives.stream().anyMatch(alternative -> alternative.matches(values));
    }

    boolean matches(JsonObject record) {
        List<JsonValue> values = QueryValues.at(record, path);
        return alternatives.stream().anyMatch(alternative -> alternative.matches(values));
    }

    enum Operator {
        NULL, EQUAL, GLOB, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL
    }

    /** One alternative: {@code [!][<|>|<=|>=]operand}; text compares as the application's query does. */
    record Alternative(boolean negated, Operator operator, String operand, Optional<BigDecimal> number,
            RecordQuery.Alternative typed, boolean domainQualified) {

        static Alternative parse(String text, boolean domainQualified) {
            boolean negated = text.startsWith("!");
            String rest = negated ? text.substring(1) : text;
            Operator operator;
            if (rest.startsWith("<=")) {
                operator = Operator.LESS_OR_EQUAL;
                rest = rest.substring(2);
            } else if (rest.startsWith(">=")) {
                operator = Operator.GREATER_OR_EQUAL;
                rest = rest.substring(2);
            } else if (rest.startsWith("<")) {
                operator = Operator.LESS;
                rest = rest.substring(1);
            } else if (rest.startsWith(">")) {
                operator = Operator.GREATER;
                rest = rest.substring(1);
            } else if (rest.equals("null")) {
                operator = Operator.NULL;
            } else if (rest.contains("*")) {
                operator = Operator.GLOB;
            } else {
                operator = Operator.EQUAL;
            }
            // A value with a backslash names the domain too and compares with the whole stored value.
            boolean shortName = domainQualified && !rest.contains("\\");
            return new Alternative(negated, operator, rest, QueryValues.number(rest),
                    new RecordQuery.Alternative(negated, RecordQuery.Operator.valueOf(operator.name()), rest), shortName);
        }

        boolean matches(List<JsonValue> values) {
            boolean positive = operator == Operator.NULL ? values.isEmpty() : values.stream().anyMatch(this::test);
            return negated != positive;
        }

        private boolean test(JsonValue stored) {
            if (stored instanceof JsonNumber storedNumber && number.isPresent() && operator != Operator.GLOB) {
                return holds(storedNumber.bigDecimalValue().compareTo(number.get()));
            }
            String text = QueryValues.text(stored);
            if (domainQualified && stored instanceof JsonString) {
                text = text.substring(text.lastIndexOf('\\') + 1);
            }
            return typed.test(text);
        }

        /** Whether the operator holds for the stored value compared with the operand. */
        private boolean holds(int comparison) {
            return switch (operator) {
                case EQUAL -> comparison == 0;
                case LESS -> comparison < 0;
                case LESS_OR_EQUAL -> comparison <= 0;
                case GREATER -> comparison > 0;
                case GREATER_OR_EQUAL -> comparison >= 0;
                case NULL, GLOB -> false;
            };
        }
    }
}
