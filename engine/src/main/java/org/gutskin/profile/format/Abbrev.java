package org.gutskin.profile.format;

/** Shortens user text quoted in an error message, so one bad cell cannot flood the terminal. */
final class Abbrev {

    private Abbrev() {}

    static String of(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= 40 ? t : t.substring(0, 37) + "...";
    }
}
