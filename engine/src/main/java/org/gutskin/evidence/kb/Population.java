package org.gutskin.evidence.kb;

/** Who was studied: {@code maternal-infant} = supplementation in pregnancy and then the infant; {@code mixed} = several age groups or not reported. */
public enum Population implements Vocabulary {
    INFANT("infant"),
    CHILD("child"),
    ADULT("adult"),
    MATERNAL_INFANT("maternal-infant"),
    MIXED("mixed");

    private final String word;

    Population(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
