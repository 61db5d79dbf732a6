package org.gutskin.profile.format;

/** Shortens user text quoted in an error message, so one bad cell cannot flood the terminal. */
final class Abbrev {

    private Abbrev() {}

    static String of(String s) {
        return of(s, 40);
    }

    static String of(String s, int max) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }
}
