package org.gatewayusers.domain.access;

/**
 * The policy language's wildcards: {@code *} stands for any run of characters (none too), {@code ?} for exactly
 * one. Matched greedily with one point of return, in time linear in practice and never exponential (no regular
 * expression is built from a policy).
 */
final class Wildcards {

    private Wildcards() {
    }

    static boolean match(String pattern, String candidate, boolean ignoreCase) {
        int p = 0;
        int c = 0;
        int star = -1;
        int resume = 0;
        while (c < candidate.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = c;
            } else if (p < pattern.length() && (pattern.charAt(p) == '?' || same(pattern.charAt(p), candidate.charAt(c), ignoreCase))) {
                p++;
                c++;
            } else if (star >= 0) {
                p = star + 1;
                c = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        if (a == b) {
            return true;
        }
        return ignoreCase && (Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b));
    }

    /** Printable ASCII but space: what an action or resource pattern may hold. */
    static boolean printable(String text) {
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }
}
