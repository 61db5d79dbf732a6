package org.gutskin.diversity.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gutskin.io.InputException;
import org.junit.jupiter.api.Test;

class NewickParserTest {

    @Test
    void lengthsQuotedLabelsInternalNamesAndComments() {
        PhyloTree t = NewickParser.parse("t.nwk",
                "[a tree] ((A:0.1,'B c''d':0.2)inner[&&NHX:S=x]:0.3,\n 'x:y(z)':1e-1 [bootstrap 90])root:0.5;");
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.root()).isEqualTo(4);
        assertThat(t.name(t.root())).isEqualTo("root");
        assertThat(t.length(t.root())).isEqualTo(0.5);
        int b = t.tip("B c'd");
        assertThat(b).isGreaterThanOrEqualTo(0);
        assertThat(t.length(b)).isEqualTo(0.2);
        int inner = t.parent(b);
        assertThat(t.name(inner)).isEqualTo("inner");
        assertThat(t.length(inner)).isEqualTo(0.3);
        assertThat(t.parent(t.tip("A"))).isEqualTo(inner);
        assertThat(t.length(t.tip("x:y(z)"))).isEqualTo(0.1);
        // postorder: each child before its parent
        for (int k = 0; k < t.size() - 1; k++) assertThat(t.parent(k)).isGreaterThan(k);
        // distance to the root includes the root's own branch (scikit-bio _tip_distances): 0.1 + 0.3 + 0.5
        assertThat(t.rootDistances()[t.tip("A")]).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void missingSemicolonAndSingleTipAreTolerated() {
        assertThat(NewickParser.parse("t", "(A:1,B:2)").tipCount()).isEqualTo(2);
        assertThat(NewickParser.parse("t", "A;").size()).isEqualTo(1);
    }

    @Test
    void deepCaterpillarDoesNotOverflowTheStack() {
        StringBuilder sb = new StringBuilder();
        int depth = 100_000;
        for (int i = 0; i < depth; i++) sb.append('(');
        sb.append("T0:1");
        for (int i = 1; i <= depth; i++) sb.append(",T").append(i).append(":1):1");
        PhyloTree t = NewickParser.parse("deep", sb.append(';').toString());
        assertThat(t.tipCount()).isEqualTo(depth + 1);
    }

    @Test
    void negativeBranchLengthIsAnInputErrorWithLineAndColumn() {
        assertThatThrownBy(() -> NewickParser.parse("t.nwk", "(A:1,\nB:-0.5);"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe())
                        .isEqualTo("t.nwk:2: Newick: negative or non-finite branch length -0.5 above 'B' (column 3)"));
    }

    @Test
    void malformedTreesAreInputErrors() {
        for (String bad : new String[] {"((A,B);", "(A,B));", "(A,B);(C,D);", "(A:x,B);", "('A,B);", "(A,B)[x;",
                "", "(A,B),C;"})
            assertThatThrownBy(() -> NewickParser.parse("t", bad)).as(bad).isInstanceOf(InputException.class);
    }

    @Test
    void duplicateTipNamesAreRefused() {
        assertThatThrownBy(() -> NewickParser.parse("t", "(A:1,A:2);")).isInstanceOf(InputException.class)
                .hasMessageContaining("occurs twice");
    }
}
