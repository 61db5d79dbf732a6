package org.gutskin.evidence.kb;

/** Whether a trial tried to prevent the condition or to improve established disease. */
public enum Purpose implements Vocabulary {
    PREVENTION("prevention"),
    TREATMENT("treatment");

    private final String word;

    Purpose(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
