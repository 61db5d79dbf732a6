package org.gutskin.index;

/**
 * The intermediate quantities of GMHI for one sample (names as in Gupta et al. 2020 and the authors' GMHI.R).
 *
 * @param rMh   R_MH, number of Health-prevalent species present
 * @param rMn   R_MN, number of Health-scarce species present
 * @param hMh   H_MH = −Σ p ln p over the present MH species (p: re-normalised abundance, not re-normalised within the set)
 * @param hMn   H_MN, the same over the present MN species
 * @param psiMh ψ_MH = (R_MH / MH′) · H_MH
 * @param psiMn ψ_MN = (R_MN / MN′) · H_MN
 * @param gmhi  log10((ψ_MH + 1e-5) / (ψ_MN + 1e-5)); NaN when the sample has no abundance left after clean-up
 */
public record GmhiComponents(int rMh, int rMn, double hMh, double hMn, double psiMh, double psiMn, double gmhi) {}
